// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { UnitSuggestion as _watchfloor_dispatch_v1_UnitSuggestion, UnitSuggestion__Output as _watchfloor_dispatch_v1_UnitSuggestion__Output } from '../../../watchfloor/dispatch/v1/UnitSuggestion';

export interface RequirementSuggestions {
  'capability'?: (string);
  'count'?: (number);
  'assigned_unit_ids'?: (string)[];
  'suggestions'?: (_watchfloor_dispatch_v1_UnitSuggestion)[];
  'shortfall'?: (string);
  'missing'?: (number);
}

export interface RequirementSuggestions__Output {
  'capability': (string);
  'count': (number);
  'assigned_unit_ids': (string)[];
  'suggestions': (_watchfloor_dispatch_v1_UnitSuggestion__Output)[];
  'shortfall': (string);
  'missing': (number);
}
