import { emailHtmlProblem } from './email-html';

test('links and images written out as web, mail or phone addresses pass, variables after them too; text mentioning data: passes', () => {
  expect(
    emailHtmlProblem(
      '<p>Hi {{firstName}}, your data: safe.</p><a href="https://shop.example/offer?for={{firstName}}">offer</a><img src="http://shop.example/a.png" srcset="https://shop.example/a2.png 2x"><a href="mailto:help@shop.example">help</a><a href="#top">top</a>',
    ),
  ).toBeNull();
});

test('whatever runs, or a link a member’s profile could write, is refused', () => {
  for (const html of [
    '<a href="{{firstName}}">offer</a>',
    '<a href=" javascript:alert(3)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=javascript:alert(1)>x</a>',
    '<img srcset="javascript:alert(1) 1x">',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<img src="data:image/png;base64,AAAA">',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<form action="https://shop.example"><input></form>',
    '<script>alert(1)</script>',
    '<iframe src="https://shop.example"></iframe>',
    '<img src="https://shop.example/a.png" onerror="alert(1)">',
    '<a href="//evil.example">x</a>',
  ]) {
    expect([html, emailHtmlProblem(html)]).toEqual([html, expect.any(String)]);
  }
});
