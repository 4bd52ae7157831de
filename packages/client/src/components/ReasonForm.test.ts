import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import ReasonForm from './ReasonForm.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const texts = { title: 'Paraiškos atsiėmimas', label: 'Kodėl atsiimate?', submitLabel: 'Atsiimti paraišką' };

function rejected(fields: { field: string; message: string }[]) {
  return new CombinedError({
    graphQLErrors: [new GraphQLError('Bad input', { extensions: { code: 'BAD_USER_INPUT', fields } })],
  });
}

describe('ReasonForm', () => {
  it('asks for a reason before sending anything, and moves focus to it', async () => {
    const send = vi.fn();
    const { wrapper } = await mountWithApp(ReasonForm, { props: { ...texts, send } });
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Priežastis turi būti nuo 3 iki 2000 simbolių.'));
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(wrapper.get('textarea[name="reason"]').element);
  });

  it('sends the reason without the spaces around it, waits for the answer, then says it was sent', async () => {
    let answer!: (result: { error?: CombinedError }) => void;
    const send = vi.fn(() => new Promise<{ error?: CombinedError }>((resolve) => (answer = resolve)));
    const onSent = vi.fn();
    const { wrapper } = await mountWithApp(ReasonForm, { props: { ...texts, send, onSent } });
    expect(wrapper.get('form').attributes('aria-label')).toBe('Paraiškos atsiėmimas');
    await wrapper.get('textarea[name="reason"]').setValue('  Projektas atidėtas  ');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('Projektas atidėtas'));
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined();
    expect(onSent).not.toHaveBeenCalled();
    answer({});
    await vi.waitFor(() => expect(onSent).toHaveBeenCalledOnce());
  });

  it('shows the server’s word on the reason beside it and the rest above the form', async () => {
    const send = vi.fn().mockResolvedValue({ error: rejected([{ field: 'reason', message: 'Per ilga' }]) });
    const onSent = vi.fn();
    const { wrapper } = await mountWithApp(ReasonForm, { props: { ...texts, send, onSent } });
    await wrapper.get('textarea[name="reason"]').setValue('Projektas atidėtas');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').text()).toBe('Patikrinkite pažymėtus laukus.'));
    expect(wrapper.get('.field__error').text()).toBe('Per ilga');
    expect(onSent).not.toHaveBeenCalled();
  });

  it('under a comment, is a line named by its button, with a cancel', async () => {
    const { wrapper } = await mountWithApp(ReasonForm, {
      props: { label: 'Priežastis', submitLabel: 'Paslėpti komentarą', inline: true, send: vi.fn() },
    });
    expect(wrapper.get('form').attributes('aria-label')).toBe('Paslėpti komentarą');
    expect(wrapper.find('textarea').exists()).toBe(false);
    expect(wrapper.find('input[name="reason"]').exists()).toBe(true);
    await wrapper.get('button[type="button"]').trigger('click');
    expect(wrapper.emitted('cancel')).toHaveLength(1);
  });
});
