import { useBridge } from '../../app/bridge-context';
import { CreateIncidentForm } from './create-incident-form';
import { IncidentDetail } from './incident-detail';
import { IncidentsGrid } from './incidents-grid';
import { OutboxList } from './outbox-list';
import { UnitBoard } from './unit-board';

export function IncidentsView() {
  const bridge = useBridge();
  return (
    <div className="incidents-view split-view">
      <IncidentsGrid onSelect={(id) => void bridge.select({ selection: { kind: 'incident', id } })} />
      <div className="side-column">
        <IncidentDetail />
        <CreateIncidentForm />
        <UnitBoard />
        <OutboxList />
      </div>
    </div>
  );
}
