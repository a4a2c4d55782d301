/**
 * Service prefixes that AWS's own managed policies still name but AWS's service reference no
 * longer lists: retired or never documented services (AWS DeepComposer, AWS IoT 1-Click, AWS
 * DeepLens, Amazon WorkDocs' old `zocalo` ...). An action of one grants nothing today, yet it is
 * no typo, so lint warns about it rather than reporting an error. The managed-policy test keeps
 * this list equal to the prefixes those policies use and the reference lacks.
 */
export const RETIRED_SERVICES: ReadonlySet<string> = new Set([
  'builderid',
  'datazonecontrol',
  'deepcomposer',
  'deeplens',
  'deepracer',
  'elastic-inference',
  'iot1click',
  'iotroborunner',
  'mobilehub',
  'sagemaker-groundtruth-synthetic',
  'zocalo',
]);
