// Original file: proto/watchfloor/siem/v1/soc.proto


export interface SuppressionMatch {
  'rule_id'?: (string);
  'asset_id'?: (string);
  'source_ip'?: (string);
}

export interface SuppressionMatch__Output {
  'rule_id': (string);
  'asset_id': (string);
  'source_ip': (string);
}
