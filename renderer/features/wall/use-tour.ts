// Runs a tour: every dwell seconds the next salvo goes up; pause keeps the step and its countdown.
import { useEffect, useRef, useState } from 'react';
import { tourPosition, type Tour, type TourClock } from '../../../common/video/salvo';

export interface TourState {
  tour: Tour | null;
  paused: boolean;
  clock: TourClock | null;
  start(tour: Tour): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export function useTour(onStep: (salvoName: string) => void): TourState {
  const [tour, setTour] = useState<Tour | null>(null);
  const [paused, setPaused] = useState(false);
  const [clock, setClock] = useState<TourClock | null>(null);
  // Elapsed time before the current run segment, and when that segment started.
  const run = useRef({ banked: 0, since: 0, lastStep: -1 });
  const stepRef = useRef(onStep);
  stepRef.current = onStep;

  useEffect(() => {
    if (!tour) return;
    const tick = () => {
      const r = run.current;
      const elapsed = r.banked + (paused ? 0 : Date.now() - r.since);
      const pos = tourPosition(tour, elapsed);
      setClock(pos);
      if (pos.step !== r.lastStep) {
        r.lastStep = pos.step;
        stepRef.current(tour.salvos[pos.step]);
      }
    };
    tick();
    if (paused) return;
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [tour, paused]);

  return {
    tour,
    paused,
    clock,
    start: (t) => {
      run.current = { banked: 0, since: Date.now(), lastStep: -1 };
      setPaused(false);
      setTour(t);
    },
    pause: () => {
      if (!tour || paused) return;
      run.current.banked += Date.now() - run.current.since;
      setPaused(true);
    },
    resume: () => {
      if (!tour || !paused) return;
      run.current.since = Date.now();
      setPaused(false);
    },
    stop: () => {
      setTour(null);
      setClock(null);
      setPaused(false);
    },
  };
}
