import { builder } from '../builder';
import { attempt, donePayloadType, payloadType } from './errors';

const PushService = builder.enumType('PushService', {
  description: 'The push service an app installation’s token belongs to.',
  values: {
    FCM: { description: 'Firebase Cloud Messaging (Android, and iOS apps built with Firebase).' },
    APNS: { description: 'Apple Push Notification service (a hex device token).' },
    HMS: { description: 'Huawei Push Kit.' },
  } as const,
});

const Device = builder.prismaObject('Device', {
  description: 'One of the member’s app installations that take push notifications.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    service: t.field({ type: PushService, description: 'Its push service.', resolve: (d) => d.service }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime', description: 'When it was (last) registered.' }),
  }),
});

const RegisterDeviceInput = builder.inputType('RegisterDeviceInput', {
  description: 'The installation’s push token, as its push service gave it to the app.',
  fields: (t) => ({
    service: t.field({ type: PushService, required: true, description: 'The service the token belongs to.' }),
    token: t.string({ required: true, description: 'The token.' }),
  }),
});

builder.mutationField('registerDevice', (t) =>
  t.field({
    type: payloadType('RegisterDevicePayload', 'device', Device, {
      description: 'What registerDevice answers: the installation, or why its token was refused.',
      result: 'The installation.',
    }),
    description:
      'Members: registers the app installation they use for push notifications (again on each start: a token changes). A token registered before by another member now reaches this one only. Messages that prefer push (expiry warnings, a new card) go to every installation in use, else by SMS; one its service calls invalid is retired. Errors: INVALID_DEVICE_TOKEN.',
    authScopes: { member: true },
    args: { input: t.arg({ type: RegisterDeviceInput, required: true, description: 'The service and token.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.devices.register(ctx.identity, input)),
  }),
);

const UnregisterDeviceInput = builder.inputType('UnregisterDeviceInput', {
  description: 'The installation to stop pushing to (the app signs out).',
  fields: (t) => ({ token: t.string({ required: true, description: 'Its token.' }) }),
});

const UnregisterDevicePayload = donePayloadType('UnregisterDevicePayload', 'unregistered', {
  description: 'What unregisterDevice answers.',
  result: 'True: nothing more is pushed to it.',
});

builder.mutationField('unregisterDevice', (t) =>
  t.field({
    type: UnregisterDevicePayload,
    description: 'Members: stops push notifications to one of their app installations. Errors: DEVICE_NOT_FOUND.',
    authScopes: { member: true },
    args: { input: t.arg({ type: UnregisterDeviceInput, required: true, description: 'The token.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.devices.unregister(ctx.identity, input)),
  }),
);
