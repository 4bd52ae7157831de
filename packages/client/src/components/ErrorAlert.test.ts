import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import ErrorAlert from './ErrorAlert.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const busy = new CombinedError({
  graphQLErrors: [
    new GraphQLError('Telka is very busy', { extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } }),
  ],
});

describe('ErrorAlert', () => {
  it('says the server is busy and offers to ask again', async () => {
    const retry = vi.fn();
    const { wrapper } = await mountWithApp(ErrorAlert, { props: { error: busy, retry } });
    expect(wrapper.get('[role="alert"]').text()).toContain('Telka šiuo metu perkrauta.');
    await wrapper.get('button').trigger('click');
    expect(retry).toHaveBeenCalledOnce();
  });

  it('offers no button when the page cannot ask again', async () => {
    const { wrapper } = await mountWithApp(ErrorAlert, { props: { error: busy } });
    expect(wrapper.find('button').exists()).toBe(false);
  });
});
