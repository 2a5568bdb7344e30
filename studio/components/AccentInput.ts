/**
 * The campaign accent as a choice among the site theme's accents, each shown in its own
 * colours, so culture staff pick a brand colour instead of typing a name. Written with
 * createElement (no JSX) so the schema also loads in plain Node for tests and TypeGen.
 */
import { createElement, type ReactNode } from 'react';
import { Card, Flex, Grid, Radio, Stack, Text } from '@sanity/ui';
import { set, unset, useFormValue, type StringInputProps } from 'sanity';
import { accentsForTheme } from '../validation/themeAccents.ts';
import { themeOfSite } from '../sites.ts';

// @sanity/ui's polymorphic prop types don't survive createElement's overloads; the props here are checked by hand.
const h = (component: unknown, props: Record<string, unknown> | null, ...children: ReactNode[]) =>
  createElement(component as never, props as never, ...children);

/** The theme of the document's site, as the site's config names it. */
function themeOf(site: unknown): string | undefined {
  const ref = (site as { _ref?: unknown } | undefined)?._ref;
  return typeof ref === 'string' ? themeOfSite(ref) : undefined;
}

export function AccentInput(props: StringInputProps) {
  const { value, onChange, readOnly, id } = props;
  const theme = themeOf(useFormValue(['site']));
  const accents = theme ? accentsForTheme(theme) : undefined;

  if (!accents) {
    return h(
      Stack,
      { space: 3 },
      props.renderDefault(props),
      h(Text, { size: 1, muted: true }, 'Velg nettsted under «Publisering» først, så vises temaets aksentfarger her.'),
    );
  }

  const option = (key: string | undefined, label: string, swatch?: { background: string; text: string }) =>
    h(
      Card,
      {
        key: key ?? '(standard)',
        as: 'label',
        padding: 3,
        radius: 2,
        border: true,
        tone: value === key ? 'primary' : 'default',
        style: { cursor: readOnly ? 'default' : 'pointer' },
      },
      h(
        Flex,
        { align: 'center', gap: 3 },
        h(Radio, {
          name: id,
          value: key ?? '',
          checked: value === key,
          readOnly,
          onChange: () => onChange(key ? set(key) : unset()),
        }),
        swatch
          ? h('span', {
              'aria-hidden': true,
              style: { background: swatch.background, color: swatch.text, padding: '2px 10px', borderRadius: 999, fontWeight: 700 },
              children: 'Aa',
            })
          : null,
        h(Text, { size: 1 }, label),
      ),
    );

  return h(
    Grid,
    { columns: [1, 2, 3], gap: 2 },
    option(undefined, 'Temaets standard'),
    ...Object.entries(accents).map(([key, accent]) => option(key, accent.label ?? key, accent)),
  );
}
