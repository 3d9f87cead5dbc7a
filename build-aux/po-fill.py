#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills empty msgstr entries of a .po file from a TSV of msgid<TAB>msgstr
# (plural forms as "one|many"), so translators can work in a table.
# usage: po_fill.py PO TSV  -- fills empty msgstr for msgids given in TSV
# TSV lines: msgid<TAB>msgstr (literal text, \n written as \\n)
import sys
po,tsv=sys.argv[1],sys.argv[2]
tr={}
for line in open(tsv,encoding='utf-8'):
    line=line.rstrip('\n')
    if '\t' in line:
        a,b=line.split('\t',1); tr[a.replace('\\n','\n')]=b.replace('\\n','\n')
def unq(s):
    s=s.strip()[1:-1]
    out='';i=0
    while i<len(s):
        if s[i]=='\\':
            n=s[i+1]; out+={'n':'\n','t':'\t','"':'"','\\':'\\'}.get(n,n); i+=2
        else: out+=s[i]; i+=1
    return out
def q(s):
    return '"'+s.replace('\\','\\\\').replace('"','\\"').replace('\n','\\n').replace('\t','\\t')+'"'
blocks=open(po,encoding='utf-8').read().split('\n\n')
out=[];missing=[]
for b in blocks:
    lines=b.split('\n')
    # find msgid, msgstr sections (ignore plural for simplicity; handle msgid_plural separately)
    cur=None;sec={}
    order=[]
    for l in lines:
        if l.startswith('msgid ') or l.startswith('msgstr ') or l.startswith('msgctxt ') or l.startswith('msgid_plural ') or l.startswith('msgstr['):
            k,v=l.split(' ',1); cur=k; sec[k]=[v]; order.append(k)
        elif l.startswith('"') and cur: sec[cur].append(l)
    if 'msgid' in sec:
        mid=''.join(unq(x) for x in sec['msgid'])
        key=mid
        if 'msgctxt' in sec: key=''.join(unq(x) for x in sec['msgctxt'])+'\x04'+mid
        if mid and 'msgstr' in sec and ''.join(unq(x) for x in sec['msgstr'])=='' :
            # A context-free row also fills the same text in a context.
            if key not in tr and mid in tr:
                key=mid
            if key in tr:
                pre=[l for l in lines if not (l.startswith('msgstr') or (l.startswith('"') and False))]
                # rebuild: keep everything up to msgstr
                idx=[i for i,l in enumerate(lines) if l.startswith('msgstr ')][0]
                lines=lines[:idx]+['msgstr '+q(tr[key])]
                b='\n'.join(lines)
            else: missing.append(key)
        if 'msgid_plural' in sec:
            plural=''.join(unq(x) for x in sec['msgid_plural'])
            s0=''.join(unq(x) for x in sec.get('msgstr[0]',['""']))
            if s0=='' :
                if mid in tr and '|' in tr[mid]:
                    one,many=tr[mid].split('|',1)
                    idx=[i for i,l in enumerate(lines) if l.startswith('msgstr[0]')][0]
                    lines=lines[:idx]+['msgstr[0] '+q(one),'msgstr[1] '+q(many)]
                    b='\n'.join(lines)
                else: missing.append(mid)
    out.append(b)
open(po,'w',encoding='utf-8').write('\n\n'.join(out))
for m in missing: print('MISSING:',repr(m))
