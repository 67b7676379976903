// Wall layouts as data: a grid and where each tile sits. Pure.

export const WALL_LAYOUTS = ['1', '2x2', '3x3', '4x4', '1+5', '1+7'] as const;
export type WallLayoutId = (typeof WALL_LAYOUTS)[number];

export interface TileCell {
  col: number;
  row: number;
  colSpan: number;
  rowSpan: number;
}

export interface WallLayout {
  id: WallLayoutId;
  cols: number;
  rows: number;
  cells: TileCell[];
}

export function isWallLayout(value: unknown): value is WallLayoutId {
  return typeof value === 'string' && (WALL_LAYOUTS as readonly string[]).includes(value);
}

function grid(id: WallLayoutId, n: number): WallLayout {
  const cells = Array.from({ length: n * n }, (_, i) => ({ col: (i % n) + 1, row: Math.floor(i / n) + 1, colSpan: 1, rowSpan: 1 }));
  return { id, cols: n, rows: n, cells };
}

/** One big tile (size × size) in the top-left of an (size+1)² grid, small tiles along the right and bottom edges. */
function onePlus(id: WallLayoutId, size: number): WallLayout {
  const n = size + 1;
  const cells: TileCell[] = [{ col: 1, row: 1, colSpan: size, rowSpan: size }];
  for (let row = 1; row <= size; row++) cells.push({ col: n, row, colSpan: 1, rowSpan: 1 });
  for (let col = n; col >= 1; col--) cells.push({ col, row: n, colSpan: 1, rowSpan: 1 });
  // Bottom-right appears in both edges; keep it once, in reading order for the bottom row.
  const seen = new Set<string>();
  const unique = cells.filter((c) => !seen.has(`${c.col},${c.row}`) && seen.add(`${c.col},${c.row}`));
  const [big, ...rest] = unique;
  rest.sort((a, b) => a.row - b.row || a.col - b.col);
  return { id, cols: n, rows: n, cells: [big, ...rest] };
}

export function wallLayout(id: WallLayoutId): WallLayout {
  switch (id) {
    case '1':
      return grid(id, 1);
    case '2x2':
      return grid(id, 2);
    case '3x3':
      return grid(id, 3);
    case '4x4':
      return grid(id, 4);
    case '1+5':
      return onePlus(id, 2);
    case '1+7':
      return onePlus(id, 3);
  }
}

/** Tiles this big or bigger (in grid cells) ask for the main stream; the rest get the sub-stream. */
export function tileQuality(layout: WallLayout, cell: TileCell, maximised: boolean): 'main' | 'sub' {
  if (maximised || layout.id === '1') return 'main';
  return cell.colSpan >= 2 ? 'main' : 'sub';
}
