/*
 * test_htmltree.c -- our HTML parser (src/read/html_parse.c): the tree it
 * builds for small pages, written out as an S-expression-like outline
 * ("html(head(title['T'])body(p['a']p['b']))"), so each case is one line of
 * input and one of expected shape: implied html/head/body, implied end tags,
 * scopes, void and raw text elements, comments, character references,
 * attributes, and pages cut off in the middle of a construct.
 */
#include "read/html_tree.h"
#include "test.h"
#include "util/util.h"

#include <stdlib.h>

static void outline(const ng_hnode *n, ng_buf *b)
{
    if (n->type == NG_HN_TEXT) {
        ng__buf_puts(b, "['");
        ng__buf_puts(b, n->content);
        ng__buf_puts(b, "']");
        return;
    }
    ng__buf_puts(b, n->name);
    for (uint32_t i = 0; i < n->nattr; i++) {
        ng__buf_puts(b, " ");
        ng__buf_puts(b, n->attrs[i].name);
        ng__buf_puts(b, "=");
        ng__buf_puts(b, n->attrs[i].value);
    }
    if (n->size > 1) {
        ng__buf_putc(b, '(');
        for (const ng_hnode *c = ng__child(n); c; c = ng__next(c))
            outline(c, b);
        ng__buf_putc(b, ')');
    } else {
        ng__buf_putc(b, ' ');
    }
}

/* The tree's invariants: subtrees nest, parents are where `up` says, text
 * is NUL-terminated at its length (or earlier, for NUL bytes in the page). */
static int consistent(const ng_htree *t)
{
    if (!t->n || t->node[0].size != t->n || t->node[0].up)
        return 0;
    for (size_t k = 1; k < t->n; k++) {
        const ng_hnode *x = &t->node[k];
        if (!x->up || x->up > k || x->size < 1 || k + x->size > t->n)
            return 0;
        const ng_hnode *p = x - x->up;
        if (p->type != NG_HN_ELEM || x + x->size > p + p->size)
            return 0;
        if (x->type == NG_HN_TEXT && (x->size != 1 || strlen(x->content) > x->len))
            return 0;
    }
    return 1;
}

static void check_tree(const char *html, const char *want, int line)
{
    ng_htree t;
    int rc = ng__html_parse(html, strlen(html), &t);
    ng_buf b;
    ng__buf_init(&b);
    if (!rc)
        outline(&t.node[0], &b);
    ng__buf_putc(&b, 0);
    int ok = !rc && consistent(&t) && !strcmp(b.p, want);
    if (!ok)
        fprintf(stderr, "line %d: %s\n   got  %s\n   want %s\n", line, html, b.p, want);
    CHECK(ok);
    ng__buf_free(&b);
    ng__html_tree_free(&t);
}

#define T(html, want) check_tree(html, want, __LINE__)

int main(void)
{
    /* implied html, head, body */
    T("", "html ");
    T("hello", "html(body(['hello']))");
    T("<title>T</title><p>a", "html(head(title(['T']))body(p(['a'])))");
    T("<!DOCTYPE html><html lang=en><head><meta charset=utf-8></head><body class=x>t</body></html>",
      "html lang=en(head(meta charset=utf-8 )body class=x(['t']))");
    T("<p>a</body>b</html>c", "html(body(p(['abc'])))");
    /* implied end tags */
    T("<p>a<p>b<div>c</div>", "html(body(p(['a'])p(['b'])div(['c'])))");
    T("<ul><li>a<li>b</ul>", "html(body(ul(li(['a'])li(['b']))))");
    T("<ul><li>a<ul><li>b</ul>c</ul>", "html(body(ul(li(['a']ul(li(['b']))['c']))))");
    T("<dl><dt>a<dd>b<dt>c</dl>", "html(body(dl(dt(['a'])dd(['b'])dt(['c']))))");
    T("<table><tr><td>a<td>b<tr><td>c</table>", "html(body(table(tr(td(['a'])td(['b']))tr(td(['c'])))))");
    T("<h1>a<h2>b", "html(body(h1(['a'])h2(['b'])))");
    T("<a href=1>a<a href=2>b", "html(body(a href=1(['a'])a href=2(['b'])))");
    T("<select><option>a<option>b</select>", "html(body(select(option(['a'])option(['b']))))");
    /* end tags and scopes */
    T("<div><b>a</div>b", "html(body(div(b(['a']))['b']))");
    T("<b><div>a</b>c</div>", "html(body(b(div(['ac']))))");
    T("<div><span>a</p>b</span></div>", "html(body(div(span(['ab']))))");
    T("<table><tr><td><div>a</table>b", "html(body(table(tr(td(div(['a']))))['b']))");
    T("<div><table><tr><td>a</div>b</td></tr></table>c</div>d",
      "html(body(div(table(tr(td(['ab'])))['c'])['d']))");
    T("</x></div><p>a</p></br>", "html(body(p(['a'])br ))");
    T("<my-el><x-y>a</my-el>b", "html(body(my-el(x-y(['a']))['b']))");
    /* void, self-closing, raw text */
    T("<p>a<br/>b<img src=x>c</p>", "html(body(p(['a']br ['b']img src=x ['c'])))");
    T("<div/>a", "html(body(div(['a'])))");
    T("<svg><path d=1 /><g/>t</svg>", "html(body(svg(path d=1 g ['t'])))");
    T("<script>if (a<b) x='</p>'; </SCRIPT >t", "html(head(script(['if (a<b) x='</p>'; ']))body(['t']))");
    T("<p><style>p{}</style>x", "html(body(p(style(['p{}'])['x'])))");
    T("<title>a &amp; <b></title>", "html(head(title(['a & <b>'])))");
    T("<p><script>never closed <p>x", "html(body(p(script(['never closed <p>x']))))");
    T("<textarea><p>&lt;</textarea>", "html(body(textarea(['<p><'])))");
    /* comments, doctypes, CDATA, bogus markup */
    T("<p>a<!-- x --> b</p>", "html(body(p(['a b'])))");
    T("<p>a<!-->b<!--->c<?x?>d<![CDATA[e]]>f", "html(body(p(['abcdf'])))");
    T("<p>a<!-- never closed <p>b", "html(body(p(['a'])))");
    T("<p>a < b <3 c</p>", "html(body(p(['a < b <3 c'])))");
    T("<p>a</ x>b</>c", "html(body(p(['abc'])))");
    /* character references */
    T("<p>&amp;&lt;&gt;&quot;&apos;&nbsp;&#8217;&#x2019;&#X41;&#65&copy2020&notit;&bogus;&",
      "html(body(p(['&<>\"'\xC2\xA0\xE2\x80\x99\xE2\x80\x99" "AA\xC2\xA9" "2020\xC2\xACit;&bogus;&'])))");
    T("<p>&#0;&#x110000;&#xD800;&#150;&#128;", "html(body(p(['\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xE2\x80\x93\xE2\x82\xAC'])))");
    T("<a href=\"?a=1&copy=2&amp;b=3&lt;\">x</a>", "html(body(a href=?a=1&copy=2&b=3<(['x'])))");
    /* attributes */
    T("<DIV Class='A b' ID=x data-v=\"q'r\" hidden>t</Div>", "html(body(div class=A b id=x data-v=q'r hidden=(['t'])))");
    T("<p a=1 a=2 b = 3 c=>t", "html(body(p a=1 a=2 b=3 c=(['t'])))");
    T("<p a=\"x>y\">t", "html(body(p a=x>y(['t'])))");
    /* the page ends inside a construct */
    T("<p>a<b c=\"", "html(body(p(['a'])))");
    T("<p>a<b", "html(body(p(['a'])))");
    T("<p>a</p", "html(body(p(['a'])))");
    T("<p>a<", "html(body(p(['a<'])))");
    T("<p>a &am", "html(body(p(['a &am'])))");
    /* deep nesting stops opening elements, without losing text */
    {
        size_t depth = 3000;
        char *s = malloc(depth * 5 + 2);
        for (size_t i = 0; i < depth; i++)
            memcpy(s + i * 5, "<div>", 5);
        s[depth * 5] = 'x';
        s[depth * 5 + 1] = 0;
        ng_htree t;
        CHECK_EQ_INT(ng__html_parse(s, strlen(s), &t), 0);
        CHECK(consistent(&t));
        CHECK(t.n == depth + 3);
        CHECK(t.node[t.n - 1].type == NG_HN_TEXT && !strcmp(t.node[t.n - 1].content, "x"));
        ng__html_tree_free(&t);
        free(s);
    }
    /* NUL bytes in the page */
    {
        static const char s[] = "<p>a\0b<i>c\0</i>";
        ng_htree t;
        CHECK_EQ_INT(ng__html_parse(s, sizeof s - 1, &t), 0);
        CHECK(consistent(&t));
        ng__html_tree_free(&t);
    }
    TEST_MAIN_END();
}
