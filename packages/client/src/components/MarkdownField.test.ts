import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { computed, ref, type Ref } from 'vue';
import MarkdownField from './MarkdownField.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const asked: string[] = [];
vi.mock('@urql/vue', () => ({
  // The server's rendering, as the preview asks for it when shown.
  useQuery: ({ variables, pause }: { variables: Ref<{ source: string }>; pause: Ref<boolean> }) => ({
    data: computed(() => {
      if (pause.value) return undefined;
      asked.push(variables.value.source);
      return { markdownPreview: `<p><strong>${variables.value.source}</strong></p>` };
    }),
    fetching: ref(false),
    error: ref(undefined),
  }),
}));

async function mountField() {
  const { wrapper } = await mountWithApp(MarkdownField, { props: { name: 'body', label: 'Aprašymas' } });
  const textarea = wrapper.get('textarea').element as HTMLTextAreaElement;
  return { wrapper, textarea };
}

describe('MarkdownField', () => {
  it('offers labelled formatting buttons, one stop in the tab order', async () => {
    const { wrapper } = await mountField();
    const toolbar = wrapper.get('[role="toolbar"]');
    expect(toolbar.attributes('aria-label')).toBe('Teksto formatavimas');
    const buttons = toolbar.findAll('button');
    expect(buttons.map((b) => b.attributes('aria-label'))).toEqual([
      'Paryškinti (Ctrl+B)',
      'Pasvirasis (Ctrl+I)',
      'Antraštė',
      'Sąrašas',
      'Numeruotas sąrašas',
      'Nuoroda',
      'Citata',
    ]);
    expect(buttons.filter((b) => b.attributes('tabindex') === '0')).toHaveLength(1);
    await buttons[0]!.trigger('keydown', { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]!.element);
  });

  it('makes the selection bold with the button and italic with Ctrl+I, keeping it selected', async () => {
    const { wrapper, textarea } = await mountField();
    await wrapper.get('textarea').setValue('Labai svarbu');
    textarea.setSelectionRange(6, 12);
    await wrapper.get('button[aria-label^="Paryškinti"]').trigger('click');
    await flushPromises();
    expect(textarea.value).toBe('Labai **svarbu**');
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('svarbu');

    await wrapper.get('textarea').trigger('keydown', { key: 'i', ctrlKey: true });
    await flushPromises();
    expect(textarea.value).toBe('Labai ***svarbu***');
    await wrapper.get('textarea').trigger('keydown', { key: 'b', ctrlKey: true });
    await flushPromises();
    expect(textarea.value).toBe('Labai *svarbu*');
  });

  it('shows the server’s rendering in the preview tab, and asks only when it is shown', async () => {
    asked.length = 0;
    const { wrapper } = await mountField();
    await wrapper.get('textarea').setValue('Sveiki');
    expect(asked).toEqual([]);
    const [write, preview] = wrapper.findAll('[role="tab"]');
    expect(preview!.text()).toBe('Peržiūra');
    await preview!.trigger('click');
    expect(preview!.attributes('aria-selected')).toBe('true');
    expect(wrapper.get('[role="tabpanel"] .prose').html()).toContain('<strong>Sveiki</strong>');
    expect(asked).toEqual(['Sveiki']);
    await write!.trigger('keydown', { key: 'ArrowLeft' });
    await write!.trigger('click');
    expect(wrapper.get('textarea').isVisible()).toBe(true);
  });
});
