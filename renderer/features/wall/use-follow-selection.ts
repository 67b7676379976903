// Follow selection: when an incident is selected anywhere, the wall shows the nearest cameras that see it.
import { useEffect, useRef, useState } from 'react';
import { camerasSeeing, DEFAULT_VIEW_RANGE_M } from '../../../common/video/camera-view';
import { useConsole } from '../../app/store';
import { camerasAround } from './camera-finder';

export interface FollowResult {
  incidentId: string;
  cameraIds: string[];
}

/** Calls onFollow once per newly selected incident (and when follow is switched on with one selected). */
export function useFollowSelection(enabled: boolean, tiles: number, onFollow: (r: FollowResult) => void): FollowResult | null {
  const incident = useConsole((s) => (s.selection?.kind === 'incident' ? s.incidents.get(s.selection.id) : undefined));
  const cameras = useConsole((s) => s.cameras);
  const [last, setLast] = useState<FollowResult | null>(null);
  const followed = useRef<string | null>(null);
  const callback = useRef(onFollow);
  callback.current = onFollow;

  const id = incident?.id;
  const lat = incident?.location.lat;
  const lon = incident?.location.lon;
  useEffect(() => {
    if (!enabled) {
      followed.current = null;
      setLast(null);
      return;
    }
    if (!id || lat === undefined || lon === undefined || followed.current === id) return;
    let current = true;
    void camerasAround({ lat, lon }, DEFAULT_VIEW_RANGE_M, cameras.values()).then((near) => {
      // A newer selection (or camera update) re-ran the effect: that run answers instead.
      if (!current) return;
      followed.current = id;
      const r = { incidentId: id, cameraIds: camerasSeeing({ lat, lon }, near, tiles).map((s) => s.camera.id) };
      setLast(r);
      if (r.cameraIds.length) callback.current(r);
    });
    return () => {
      current = false;
    };
  }, [enabled, id, lat, lon, cameras, tiles]);

  return enabled ? last : null;
}
