// AG Grid setup shared by the grid windows: community modules and the dark control-room theme.
import { AllCommunityModule, ModuleRegistry, colorSchemeDark, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withPart(colorSchemeDark).withParams({
  backgroundColor: '#0f1726',
  foregroundColor: '#e6edf7',
  headerBackgroundColor: '#16223a',
  headerTextColor: '#cfe0ff',
  borderColor: '#24324d',
  accentColor: '#4da3ff',
  selectedRowBackgroundColor: 'rgba(77, 163, 255, 0.28)',
  rowHoverColor: 'rgba(255, 255, 255, 0.06)',
  oddRowBackgroundColor: '#111b2d',
  fontFamily: 'inherit',
  fontSize: 16,
  headerFontSize: 15,
  rowHeight: 40,
  headerHeight: 42,
});
