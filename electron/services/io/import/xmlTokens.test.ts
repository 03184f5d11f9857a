import { describe, expect, it } from 'vitest';
import { xmlEvents } from './xmlTokens';

const events = (xml: string) => [...xmlEvents(xml, 'test.kml')];

describe('xmlEvents', () => {
  it('reads tags, namespaced names, attributes, CDATA and the five XML entities', () => {
    expect(events('<?xml version="1.0"?><!-- c --><kml:Data name="a&amp;b"><![CDATA[<x>]]>1 &lt; 2 &#1046;</kml:Data><br/>')).toEqual([
      { kind: 'open', name: 'Data', attributes: { name: 'a&b' }, selfClosing: false },
      { kind: 'text', text: '<x>' },
      { kind: 'text', text: '1 < 2 Ж' },
      { kind: 'close', name: 'Data' },
      { kind: 'open', name: 'br', attributes: {}, selfClosing: true },
      { kind: 'close', name: 'br' },
    ]);
  });

  it('refuses a DTD and any entity it would define, before reading further', () => {
    expect(() => events('<!DOCTYPE kml [<!ENTITY a "b">]><kml>&a;</kml>')).toThrow(/line 1: the file declares a document type/);
    expect(() => events('<kml>&nbsp;</kml>')).toThrow(/the entity &nbsp; is not defined/);
  });

  it('refuses a document cut inside a tag or a comment', () => {
    expect(() => events('<kml><Placemark')).toThrow(/a tag is never closed/);
    expect(() => events('<kml><!-- ')).toThrow(/a comment is never closed/);
  });
});
