import * as path from 'node:path';
import { expect, SHOTS, test } from './console-fixture';

test('an operator ticks an SOP step and every console window sees who ticked it and when', async ({ open }) => {
  const incidents = await open('incidents');
  await incidents.getByTestId('create-type').selectOption('flooding');
  await incidents.getByTestId('create-priority').selectOption('2');
  await incidents.getByTestId('create-location').fill('21.0245, 105.8412');
  await incidents.getByTestId('create-description').fill('Ngập sâu 40 cm phố Nguyễn Khuyến');
  await incidents.getByTestId('create-submit').click();
  const result = incidents.getByTestId('create-result');
  await expect(result).toHaveAttribute('data-state', 'applied');
  const id = (await result.getAttribute('data-id'))!;

  await incidents.locator(`[row-id="${id}"]`).first().click();
  const detail = incidents.getByTestId('incident-detail');
  await expect(detail).toHaveAttribute('data-id', id);
  const step = detail.getByTestId('sop-step-confirm_depth');
  await expect(step).toHaveAttribute('data-done', 'false');
  await expect(detail.getByTestId('sop-checklist')).toContainText('Xác nhận độ sâu và phạm vi ngập');

  await step.getByRole('checkbox').click();
  await expect(step).toHaveAttribute('data-done', 'true');
  await expect(detail.getByTestId('sop-done-confirm_depth')).toHaveText(/^.+ đã thực hiện lúc \d{1,2}:\d{2}:\d{2}$/);
  await expect(step.getByRole('checkbox')).toBeDisabled();

  await detail.getByTestId('note-text').fill('Đã báo UBND phường Văn Miếu');
  await detail.getByTestId('note-add').click();
  const timeline = detail.getByTestId('timeline');
  await expect(timeline.locator('li[data-change="sop_step"]')).toContainText('Xác nhận độ sâu và phạm vi ngập');
  await expect(timeline.locator('li[data-change="note"]')).toContainText('Đã báo UBND phường Văn Miếu');
  await incidents.screenshot({ path: path.join(SHOTS, 'incident-sop-ticked.png') });

  // A second window (another operator's console on the same core) sees the tick with who and when.
  const other = await open('incidents');
  await other.locator(`[row-id="${id}"]`).first().click();
  const otherDetail = other.getByTestId('incident-detail');
  await expect(otherDetail).toHaveAttribute('data-id', id);
  await expect(otherDetail.getByTestId('sop-step-confirm_depth')).toHaveAttribute('data-done', 'true');
  await expect(otherDetail.getByTestId('sop-done-confirm_depth')).toHaveText(await detail.getByTestId('sop-done-confirm_depth').innerText());
});

test('the grid counts down each SLA and filters by quick view', async ({ open }) => {
  const incidents = await open('incidents');
  const create = async (type: string, priority: string, where: string) => {
    await incidents.getByTestId('create-type').selectOption(type);
    await incidents.getByTestId('create-priority').selectOption(priority);
    await incidents.getByTestId('create-location').fill(where);
    await incidents.getByTestId('create-submit').click();
    const result = incidents.getByTestId('create-result');
    await expect(result).toHaveAttribute('data-state', 'applied');
    return (await result.getAttribute('data-id'))!;
  };
  const urgent = await create('fire', '1', '21.0301, 105.8405');
  await expect(incidents.getByTestId('create-result')).toHaveAttribute('data-id', urgent);
  const minor = await create('street_lighting', '4', '21.0288, 105.8525');
  await expect(incidents.getByTestId('create-result')).toHaveAttribute('data-id', minor);

  const slaCell = incidents.locator(`[row-id="${urgent}"] [col-id="sla"]`).first();
  await expect(slaCell).toHaveText(/^điều động còn \d+ phút$/);
  await expect(slaCell).toHaveClass(/sla-ok/);
  await expect(incidents.locator(`[row-id="${minor}"] [col-id="sla"]`).first()).toHaveText(/^điều động còn \d+ giờ \d+ phút$/);

  await incidents.getByTestId('view-p1p2').click();
  await expect(incidents.getByTestId('incidents-grid')).toHaveAttribute('data-view', 'p1p2');
  await expect(incidents.locator(`[row-id="${urgent}"]`).first()).toBeVisible();
  await expect(incidents.locator(`[row-id="${minor}"]`)).toHaveCount(0);
  await incidents.getByTestId('view-sla').click();
  await expect(incidents.locator(`[row-id="${urgent}"]`)).toHaveCount(0);
  await incidents.getByTestId('view-all').click();
  await expect(incidents.locator(`[row-id="${minor}"]`).first()).toBeVisible();
  await expect(incidents.getByTestId('status-counts').locator('[data-status="new"] b')).toHaveText(/^\d+$/);
  await incidents.screenshot({ path: path.join(SHOTS, 'incidents-quick-views.png') });
});
