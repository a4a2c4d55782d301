import type { LayerKind, LayerTrace } from '../engine/trace.ts';

const TITLES: Record<LayerKind, string> = {
  rcp: 'Resource control policies',
  scp: 'Service control policies',
  'vpc-endpoint': 'VPC endpoint policies',
  resource: 'Resource-based policies',
  trust: 'Role trust policy',
  identity: 'Identity-based policies',
  'permissions-boundary': 'Permissions boundary',
  session: 'Session policy',
};

const NO_MATCH: Record<LayerKind, string> = {
  rcp: 'No resource control policy denies it.',
  scp: 'No SCP at this level allows it, so the request is implicitly denied.',
  'vpc-endpoint':
    'The VPC endpoint policy allows nothing here, so the request is implicitly denied.',
  resource: 'No resource-based policy statement applies.',
  trust: 'The trust policy does not let this caller assume the role.',
  identity: 'No identity-based statement allows it.',
  'permissions-boundary':
    'The permissions boundary does not allow it, so identity-based policies cannot grant it.',
  session: 'The session policy does not allow it, so the session cannot use it.',
};

const NOT_APPLICABLE: Record<LayerKind, string> = {
  rcp: 'Resource control policies do not apply here.',
  scp: 'Service control policies do not apply to this principal.',
  'vpc-endpoint': 'No VPC endpoint policy applies (the request names no matching aws:SourceVpce).',
  resource: 'No resource-based policy applies to this resource.',
  trust: 'No trust policy applies to this role.',
  identity: 'No identity-based policy applies to this principal.',
  'permissions-boundary': 'No permissions boundary applies, so it limits nothing.',
  session: 'No session policy applies, so it limits nothing.',
};

export function layerTitle(layer: LayerTrace): string {
  const title = TITLES[layer.layer];
  return layer.level === undefined ? title : `${title} (level ${layer.level})`;
}

/** What a layer contributed, given the statements that allowed or denied in it. */
export function layerText(layer: LayerTrace, allowedBy: string[], deniedBy: string[]): string {
  const notes = layer.notes.map((note) => NOTES[note] ?? note);
  let text: string;
  switch (layer.outcome) {
    case 'deny':
      text = `${deniedBy.join(', ')} ${deniedBy.length > 1 ? 'deny' : 'denies'} it.`;
      break;
    case 'allow':
      text =
        allowedBy.length > 0
          ? `${allowedBy.join(', ')} ${allowedBy.length > 1 ? 'allow' : 'allows'} it.`
          : 'Nothing here denies it.';
      break;
    case 'no-match':
      text = NO_MATCH[layer.layer];
      break;
    default:
      text = notes.length > 0 ? '' : NOT_APPLICABLE[layer.layer];
  }
  return [text, ...notes].filter(Boolean).join(' ');
}

const NOTES: Record<string, string> = {
  'implicit RCPFullAWSAccess': 'RCPFullAWSAccess, attached everywhere, allows the rest.',
  'RCPs do not apply to this resource or caller':
    'Resource control policies do not apply to this resource or caller.',
  'SCPs do not apply to this principal': 'Service control policies do not apply to this principal.',
  'the root user has every permission in its own account':
    'The root user has every permission in its own account.',
  'a web identity or SAML caller has no identity-based policies':
    'A web identity or SAML caller is not an AWS identity: it has no identity-based policies, and only the role trust policy decides whether it can assume the role.',
};
