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

  useEffect(() => {
    if (!enabled) {
      followed.current = null;
      setLast(null);
      return;
    }
    if (!incident || followed.current === incident.id) return;
    followed.current = incident.id;
    let current = true;
    void camerasAround(incident.location, DEFAULT_VIEW_RANGE_M, cameras.values()).then((near) => {
      if (!current) return;
      const r = { incidentId: incident.id, cameraIds: camerasSeeing(incident.location, near, tiles).map((s) => s.camera.id) };
      setLast(r);
      if (r.cameraIds.length) callback.current(r);
    });
    return () => {
      current = false;
    };
  }, [enabled, incident, cameras, tiles]);

  return enabled ? last : null;
}
