/** Delivery soak test (fixed seed): three tabs, 200 sign-ups, a hostile network, reloads and closed tabs. */
import { expect } from '@open-wc/testing';
import { runSoak } from '../scripts/bench/soak.js';

describe('<ontrack-signup> delivery soak', function () {
  this.timeout(70_000);
  before(() => localStorage.clear());
  after(() => localStorage.clear());

  it('delivers every one of 200 sign-ups exactly once', async () => {
    const result = await runSoak({ seed: 20261201, signups: 200, tabs: 3, timeout: 55_000 });
    console.log(`soak: ${JSON.stringify(result)}`);
    expect(result.made).to.equal(200);
    expect(result.lost, 'lost').to.equal(0);
    expect(result.duplicated, 'duplicated').to.equal(0);
    expect(result.arrived).to.equal(200);
  });
});
