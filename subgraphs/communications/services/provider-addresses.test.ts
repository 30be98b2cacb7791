import { providerAddressProblems, type Resolver } from './provider-addresses';

/** Names as this machine's resolver would answer them: one public, one that leads back inside. */
const resolve: Resolver = async (name) => {
  const table: Record<string, string[]> = {
    'smtp.example.com': ['203.0.113.25'],
    'sneaky.example.com': ['203.0.113.26', '127.0.0.1'],
    'rebound.example.net': ['::ffff:10.0.0.5'],
  };
  const found = table[name];
  if (!found) throw new Error(`ENOTFOUND ${name}`);
  return found.map((address) => ({ address }));
};

test('a name that resolves, even in part, to a private address is refused; a public one passes', async () => {
  expect(await providerAddressProblems({ host: 'smtp.example.com' }, null, [], resolve)).toEqual([]);
  expect(await providerAddressProblems({ host: 'sneaky.example.com', apiUrl: 'https://rebound.example.net/api' }, null, [], resolve)).toEqual([
    ['settings.host', 'resolves to a private address'],
    ['settings.apiUrl', 'resolves to a private address'],
  ]);
});

test('the operator’s private hosts pass; a name that does not resolve is left to the send', async () => {
  expect(await providerAddressProblems({ host: 'sneaky.example.com' }, null, ['sneaky.example.com'], resolve)).toEqual([]);
  expect(await providerAddressProblems({ host: 'nowhere.example.org' }, null, [], resolve)).toEqual([]);
});

test('URLs inside a credential document are checked too', async () => {
  const serviceAccount = JSON.stringify({ client_email: 'x@example.com', token_uri: 'https://sneaky.example.com/token' });
  expect(await providerAddressProblems({}, { serviceAccount }, [], resolve)).toEqual([
    ['credentials.serviceAccount.token_uri', 'resolves to a private address'],
  ]);
});
