// Vietnamese, command window: KPIs.
export const viCommand = {
  'kpi.openIncidents': 'Sự cố đang mở',
  'kpi.unitsAvailable': 'Lực lượng sẵn sàng',
  'kpi.openAlerts': 'Cảnh báo chưa đóng',
  'kpi.engines': 'Tình trạng hệ thống',
  'kpi.cameras': 'Camera',
  'kpi.ofTotal': 'trên {total}',
} as const;
