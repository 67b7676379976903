// Dragging a camera between the console's windows (HTML5 drag and drop, same origin): the camera id under a custom type.
import type { DragEvent } from 'react';
import { CAMERA_DRAG_MIME } from '../../../common/bridge/contract';

export function startCameraDrag(e: DragEvent, cameraId: string): void {
  e.dataTransfer.setData(CAMERA_DRAG_MIME, cameraId);
  e.dataTransfer.setData('text/plain', cameraId);
  e.dataTransfer.effectAllowed = 'copyMove';
}

export function carriesCamera(e: DragEvent): boolean {
  return e.dataTransfer.types.includes(CAMERA_DRAG_MIME);
}

/** The dropped camera id, or null when the drop carries none. */
export function droppedCamera(e: DragEvent): string | null {
  const id = e.dataTransfer.getData(CAMERA_DRAG_MIME).trim();
  return id || null;
}
