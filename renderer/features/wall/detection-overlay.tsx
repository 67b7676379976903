// Boxes over a tile's video, drawn for the frame on screen: the frame's media time is mapped to wall
// time with the stream's clock offset and the batch with that frame time is drawn (media-clock.ts).
import { useEffect, useRef, type RefObject } from 'react';
import type { DetectionBatch } from '../../../common/domain/camera';
import { batchForFrame } from '../../../common/video/media-clock';
import type { DetectionFeed } from './detection-feed';

interface Props {
  videoRef: RefObject<HTMLVideoElement | null>;
  cameraId: string;
  clockOffsetMs: number | undefined;
  feed: DetectionFeed;
  label: (cls: string) => string;
}

type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number; presentationTime: number }) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

const PALETTE = ['#ffd24a', '#4ad2ff', '#ff6ad5', '#7dff6a', '#ff9f4a', '#b08cff'];

function colourFor(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export function DetectionOverlay({ videoRef, cameraId, clockOffsetMs, feed, label }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const labelRef = useRef(label);
  labelRef.current = label;

  useEffect(() => {
    const video = videoRef.current as FrameCallbackVideo | null;
    const canvas = canvasRef.current;
    if (!video || !canvas || clockOffsetMs === undefined) return;
    let handle = 0;
    let stopped = false;
    let drawn: DetectionBatch | null | undefined;
    // Size changes come from a ResizeObserver, so a frame never reads layout (16 tiles × 25 fps).
    let resized = true;
    const observer = new ResizeObserver(() => {
      resized = true;
    });
    observer.observe(canvas);
    canvas.dataset.clockOffsetMs = String(clockOffsetMs);
    const draw = (mediaTimeS: number, presentedAtMs: number) => {
      const frameMs = Math.round(mediaTimeS * 1000 + clockOffsetMs);
      const batch = batchForFrame(feed.batches(cameraId), frameMs);
      canvas.dataset.frameMs = String(frameMs);
      // Source frame to screen: when this frame was produced vs when the compositor shows it.
      canvas.dataset.latencyMs = String(Math.round(presentedAtMs - frameMs));
      if (batch === drawn && !resized) return;
      drawn = batch;
      resized = false;
      paint(canvas, video, batch, labelRef.current);
    };
    const onFrame = (_now: number, meta: { mediaTime: number; presentationTime: number }) => {
      if (stopped) return;
      draw(meta.mediaTime, performance.timeOrigin + meta.presentationTime);
      handle = video.requestVideoFrameCallback!(onFrame);
    };
    let raf = 0;
    const onRaf = () => {
      if (stopped) return;
      draw(video.currentTime, Date.now());
      raf = requestAnimationFrame(onRaf);
    };
    if (video.requestVideoFrameCallback) handle = video.requestVideoFrameCallback(onFrame);
    else raf = requestAnimationFrame(onRaf);
    // Frames stop when the stream stalls; boxes must not stay up over a frozen picture forever.
    const sweep = setInterval(() => {
      const frameMs = Number(canvas.dataset.frameMs);
      if (drawn && frameMs && !batchForFrame(feed.batches(cameraId), frameMs)) {
        drawn = null;
        paint(canvas, video, null, labelRef.current);
      }
    }, 500);
    return () => {
      stopped = true;
      observer.disconnect();
      clearInterval(sweep);
      if (handle && video.cancelVideoFrameCallback) video.cancelVideoFrameCallback(handle);
      cancelAnimationFrame(raf);
    };
  }, [videoRef, cameraId, clockOffsetMs, feed]);

  return <canvas ref={canvasRef} className="tile-overlay" data-testid={`tile-overlay-${cameraId}`} data-boxes="0" aria-hidden="true" />;
}

/** Draws boxes (normalised to the video frame) where the frame sits in the tile (object-fit: cover). */
function paint(canvas: HTMLCanvasElement, video: HTMLVideoElement, batch: DetectionBatch | null, label: (cls: string) => string): void {
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, w, h);
  const boxes = batch?.detections ?? [];
  canvas.dataset.boxes = String(boxes.length);
  canvas.dataset.batchMs = batch ? String(batch.frameMs) : '';
  canvas.dataset.box0 = boxes[0] ? [boxes[0].box.x, boxes[0].box.y, boxes[0].box.w, boxes[0].box.h].map((v) => v.toFixed(3)).join(',') : '';
  if (!boxes.length || !video.videoWidth) return;
  const scale = Math.max(w / video.videoWidth, h / video.videoHeight);
  const fw = video.videoWidth * scale;
  const fh = video.videoHeight * scale;
  const ox = (w - fw) / 2;
  const oy = (h - fh) / 2;
  ctx.lineWidth = 2;
  ctx.font = '12px system-ui, sans-serif';
  for (const d of boxes) {
    const colour = colourFor(d.trackId ? String(d.trackId) : d.cls);
    const x = ox + d.box.x * fw;
    const y = oy + d.box.y * fh;
    ctx.strokeStyle = colour;
    ctx.strokeRect(x, y, d.box.w * fw, d.box.h * fh);
    const text = `${label(d.cls)}${d.trackId ? ` #${d.trackId}` : ''} ${Math.round(d.confidence * 100)}%`;
    const tw = ctx.measureText(text).width + 6;
    ctx.fillStyle = colour;
    ctx.fillRect(x - 1, Math.max(0, y - 16), tw, 16);
    ctx.fillStyle = '#000';
    ctx.fillText(text, x + 2, Math.max(12, y - 4));
  }
}
