import type { Message } from '../cwmp/soap/index.ts';
import type { AcsScript } from './scripted-acs.ts';

/**
 * The newcomer's tour (`npm start`): in the first session the demo ACS reads DeviceInfo, sets a
 * short periodic interval, walks the top of the tree, adds an object and turns on passive
 * notification; later sessions are plain periodic Informs.
 */
export const demoScript: AcsScript = (inform, index) => {
  if (index > 0) return [];
  const root = inform.parameterList[0]?.name.split('.')[0] ?? 'Device';
  const steps: Message[] = [
    { kind: 'GetParameterValues', parameterNames: [`${root}.DeviceInfo.`] },
    {
      kind: 'SetParameterValues',
      parameterList: [
        { name: `${root}.ManagementServer.PeriodicInformEnable`, value: 'true', xsiType: 'xsd:boolean' },
        { name: `${root}.ManagementServer.PeriodicInformInterval`, value: '10', xsiType: 'xsd:unsignedInt' },
      ],
      parameterKey: 'demo-1',
    },
    { kind: 'GetParameterNames', parameterPath: `${root}.`, nextLevel: true },
    { kind: 'AddObject', objectName: `${root}.ManagementServer.InformParameter.`, parameterKey: 'demo-2' },
    {
      kind: 'SetParameterAttributes',
      parameterList: [
        {
          name: `${root}.ManagementServer.PeriodicInformInterval`,
          notificationChange: true,
          notification: 1,
          accessListChange: false,
          accessList: [],
        },
      ],
    },
  ];
  return steps;
};
