// The three.js custom layer of the 3D view: incidents as beacons (height and colour by priority), units
// as arrows pointing where they drive (agency colour), cameras as small blocks at street zoom. One
// InstancedMesh per kind, drawn in MapLibre's own WebGL context over everything else (depth cleared
// first: a beacon inside a raised ward must still be seen). Nothing animates: the map stays idle
// between data changes.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { MercatorCoordinate } from 'maplibre-gl';
import * as THREE from 'three';
import type { GeoPoint } from '../../../../common/domain/geo';
import type { MarkerInstance, MarkerModel } from './marker-model';

export const MARKERS_3D_LAYER_ID = 'markers-3d';
const CAPACITY_STEP = 1024;

type Kind = keyof MarkerModel;

export class Markers3dLayer implements CustomLayerInterface {
  readonly id = MARKERS_3D_LAYER_ID;
  readonly type = 'custom' as const;
  readonly renderingMode = '3d' as const;
  private map: MapLibreMap | null = null;
  private renderer: THREE.WebGLRenderer | null = null;
  private readonly scene = new THREE.Scene();
  private readonly camera = new THREE.Camera();
  private readonly meshes = new Map<Kind, THREE.InstancedMesh>();
  private readonly local: THREE.Matrix4;
  private model: MarkerModel = { beacons: [], units: [], cameras: [] };
  private dirty = true;

  constructor(readonly origin: GeoPoint) {
    const o = MercatorCoordinate.fromLngLat([origin.lon, origin.lat], 0);
    const k = o.meterInMercatorCoordinateUnits();
    // Local frame: x = metres east, y = metres north, z = metres up.
    this.local = new THREE.Matrix4().makeTranslation(o.x, o.y, o.z).scale(new THREE.Vector3(k, -k, k));
    this.scene.add(new THREE.AmbientLight(0xffffff, 1.6));
    const sun = new THREE.DirectionalLight(0xffffff, 2.2);
    sun.position.set(-0.5, -1, 2);
    this.scene.add(sun);
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    this.renderer = new THREE.WebGLRenderer({ canvas: map.getCanvas(), context: gl, antialias: false });
    this.renderer.autoClear = false;
  }

  onRemove(): void {
    for (const mesh of this.meshes.values()) {
      mesh.geometry.dispose();
      (mesh.material as THREE.Material).dispose();
    }
    this.meshes.clear();
    this.renderer?.dispose();
    this.renderer = null;
    this.map = null;
  }

  /** Replaces what is drawn; cheap for thousands of instances (matrices only). */
  setModel(model: MarkerModel): void {
    this.model = model;
    this.dirty = true;
    this.map?.triggerRepaint();
  }

  /** How many of each kind are drawn now (tests and the legend read this). */
  counts(): Record<Kind, number> {
    return { beacons: this.model.beacons.length, units: this.model.units.length, cameras: this.model.cameras.length };
  }

  render(_gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (!this.renderer) return;
    if (this.dirty) {
      this.apply('beacons', this.model.beacons);
      this.apply('units', this.model.units);
      this.apply('cameras', this.model.cameras);
      this.dirty = false;
    }
    this.camera.projectionMatrix = new THREE.Matrix4().fromArray(args.defaultProjectionData.mainMatrix as ArrayLike<number> as number[]).multiply(this.local);
    this.renderer.resetState();
    // Markers are drawn over the map, never buried in a raised ward: an operator must see every beacon.
    this.renderer.clearDepth();
    this.renderer.render(this.scene, this.camera);
  }

  private apply(kind: Kind, items: MarkerInstance[]): void {
    let mesh = this.meshes.get(kind);
    if (!mesh || mesh.instanceMatrix.count < items.length) {
      if (mesh) {
        this.scene.remove(mesh);
        mesh.geometry.dispose();
        (mesh.material as THREE.Material).dispose();
      }
      const capacity = Math.max(CAPACITY_STEP, Math.ceil(items.length / CAPACITY_STEP) * CAPACITY_STEP);
      mesh = new THREE.InstancedMesh(geometryFor(kind), materialFor(kind), capacity);
      mesh.frustumCulled = false;
      this.meshes.set(kind, mesh);
      this.scene.add(mesh);
    }
    const m = new THREE.Matrix4();
    const q = new THREE.Quaternion();
    const up = new THREE.Vector3(0, 0, 1);
    const pos = new THREE.Vector3();
    const scale = new THREE.Vector3();
    const color = new THREE.Color();
    items.forEach((it, i) => {
      q.setFromAxisAngle(up, (-it.headingDeg * Math.PI) / 180);
      if (kind === 'beacons') {
        pos.set(it.east, it.north, 0);
        scale.set(it.size, it.size, it.height);
      } else {
        pos.set(it.east, it.north, it.height);
        scale.set(it.size, it.size, it.size);
      }
      mesh.setMatrixAt(i, m.compose(pos, q, scale));
      mesh.setColorAt(i, color.set(it.color));
    });
    mesh.count = items.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }
}

/** Unit-sized shapes in the local frame (z up), scaled per instance. */
function geometryFor(kind: Kind): THREE.BufferGeometry {
  if (kind === 'beacons') {
    // A column standing on the ground with a wider cap: reads as a beacon from any angle.
    const column = new THREE.CylinderGeometry(0.5, 0.5, 1, 12).translate(0, 0.5, 0).rotateX(Math.PI / 2);
    return column;
  }
  if (kind === 'units') {
    // An arrow lying on the ground, tip towards +y (north) before the heading rotation.
    return new THREE.ConeGeometry(0.35, 1, 4).rotateY(Math.PI / 4);
  }
  return new THREE.BoxGeometry(1, 1.4, 0.8);
}

function materialFor(kind: Kind): THREE.Material {
  if (kind === 'beacons') return new THREE.MeshLambertMaterial({ color: 0xffffff, transparent: true, opacity: 0.88 });
  return new THREE.MeshLambertMaterial({ color: 0xffffff });
}
