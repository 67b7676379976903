// Routes binary video frames from the bridge link to the tile that watches each stream id.
import { onVideoFrame } from '../../app/bridge-client';
import { decodeVideoFrame, type VideoFrame } from '../../../common/video/frame-header';

const handlers = new Map<number, (frame: VideoFrame) => void>();
/** The latest init per stream: it can arrive before the tile knows its stream id. */
const inits = new Map<number, VideoFrame>();
const MAX_EARLY_INITS = 64;
let subscribed = false;

function route(data: Uint8Array): void {
  const decoded = decodeVideoFrame(data);
  if (!decoded.ok) return;
  const frame = decoded.frame;
  if (frame.kind === 'init') {
    inits.delete(frame.streamId);
    inits.set(frame.streamId, frame);
    if (inits.size > MAX_EARLY_INITS) inits.delete(inits.keys().next().value!);
  }
  handlers.get(frame.streamId)?.(frame);
}

export function attachVideoStream(streamId: number, handler: (frame: VideoFrame) => void): () => void {
  if (!subscribed) {
    subscribed = true;
    onVideoFrame(route);
  }
  handlers.set(streamId, handler);
  const early = inits.get(streamId);
  if (early) handler(early);
  return () => {
    handlers.delete(streamId);
    inits.delete(streamId);
  };
}
