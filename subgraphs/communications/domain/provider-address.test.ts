import { providerAddressProblem } from './provider-address';

test('public hosts and https URLs may be providers; this machine, private and link-local addresses and plain HTTP may not', () => {
  for (const ok of ['smtp.example.com', 'https://fcm.googleapis.com', 'https://my-ns.servicebus.windows.net', '203.0.113.7', 'https://[2001:db8::1]/x'])
    expect([ok, providerAddressProblem(ok)]).toEqual([ok, null]);
  for (const refused of [
    'localhost',
    'http://fcm.googleapis.com',
    'https://127.0.0.1:8443',
    '10.1.2.3',
    '192.168.0.10',
    '172.20.1.1',
    'https://169.254.169.254/latest/meta-data',
    'metadata.google.internal',
    'https://[::1]/',
    'https://[fd00::1]/',
    '100.64.0.1',
    // Other spellings of this machine.
    '127.1',
    '2130706433',
    '0x7f000001',
    '0:0:0:0:0:0:0:1',
    '[::1]',
    'https://[::127.0.0.1]/',
    'https://[::ffff:10.0.0.1]/',
    // Names without a domain (this machine's own, its network's) and loopback aliases.
    'vm',
    'https://vm:2613',
    'localhost.',
    'ip6-localhost',
    'box.localdomain',
  ])
    expect([refused, providerAddressProblem(refused)]).toEqual([refused, expect.any(String)]);
});

test('the hosts the operator allows pass, in any spelling that reads the same; their neighbours do not', () => {
  const allowed = ['10.0.5.20', 'smsc.vpn.internal'];
  for (const ok of ['10.0.5.20', 'http://10.0.5.20:8080/send', 'SMSC.vpn.internal', 'https://smsc.vpn.internal/api'])
    expect([ok, providerAddressProblem(ok, allowed)]).toEqual([ok, null]);
  for (const refused of ['10.0.5.21', 'other.vpn.internal', 'localhost', 'http://fcm.googleapis.com'])
    expect([refused, providerAddressProblem(refused, allowed)]).toEqual([refused, expect.any(String)]);
});
