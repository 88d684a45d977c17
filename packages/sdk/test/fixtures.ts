// The clean documents cases start from: the same builders plugin authors get from @qualcat/sdk/testing.
export { planFixture as plan, certificateFixture as certificate } from '../src/testing/fixtures.js';
