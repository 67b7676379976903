// Original file: proto/watchfloor/siem/v1/soc.proto


export interface LoadedRule {
  'rule_id'?: (string);
  'title'?: (string);
  'severity'?: (string);
  'tags'?: (string)[];
}

export interface LoadedRule__Output {
  'rule_id': (string);
  'title': (string);
  'severity': (string);
  'tags': (string)[];
}
