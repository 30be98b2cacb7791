import { builder } from '../builder';

export const Channel = builder.enumType('Channel', {
  description: 'How a message reaches its recipient.',
  values: {
    SMS: { description: 'A text message to a phone.' },
    EMAIL: { description: 'An email.' },
    PUSH: { description: 'A notification to the member’s app.' },
    VIBER: { description: 'A Viber business message.' },
    SOCIAL: { description: 'A message through a social network.' },
  },
});
