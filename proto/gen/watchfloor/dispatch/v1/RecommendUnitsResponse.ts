// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { RequirementSuggestions as _watchfloor_dispatch_v1_RequirementSuggestions, RequirementSuggestions__Output as _watchfloor_dispatch_v1_RequirementSuggestions__Output } from '../../../watchfloor/dispatch/v1/RequirementSuggestions';
import type { CoverageGap as _watchfloor_dispatch_v1_CoverageGap, CoverageGap__Output as _watchfloor_dispatch_v1_CoverageGap__Output } from '../../../watchfloor/dispatch/v1/CoverageGap';

export interface RecommendUnitsResponse {
  'incident_id'?: (string);
  'incident_version'?: (number);
  'requirements'?: (_watchfloor_dispatch_v1_RequirementSuggestions)[];
  'proposed_unit_ids'?: (string)[];
  'proposed_coverage_gaps'?: (_watchfloor_dispatch_v1_CoverageGap)[];
  'explanation'?: (string);
  'routing'?: (string);
  'coverage_minutes'?: (number | string);
}

export interface RecommendUnitsResponse__Output {
  'incident_id': (string);
  'incident_version': (number);
  'requirements': (_watchfloor_dispatch_v1_RequirementSuggestions__Output)[];
  'proposed_unit_ids': (string)[];
  'proposed_coverage_gaps': (_watchfloor_dispatch_v1_CoverageGap__Output)[];
  'explanation': (string);
  'routing': (string);
  'coverage_minutes': (number);
}
