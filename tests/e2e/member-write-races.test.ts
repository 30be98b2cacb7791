import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes } from '../support/graphql-client';
import { registerMember, uniquePhone } from '../support/seed';
import { RequestPhoneChangeDocument } from './__generated__/operations';

const env = usePlatformWithCompany();

test('parallel changes to one member all finish: no deadlock between the rows they add and the member’s version', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  for (let round = 0; round < 3; round++) {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        call(
          env.platform.gatewayUrl,
          RequestPhoneChangeDocument,
          { input: { memberId: member.id, newPhone: uniquePhone() } },
          { token: env.company.adminToken },
        ),
      ),
    );
    expect(results.flatMap(errorCodes)).toEqual([]);
    expect(results.map((r) => r.data?.requestPhoneChange.errors)).toEqual(Array(8).fill([]));
  }
});
