package org.mischecker.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JunitRendererTest {

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "SA1.b review started NOT MET: 41 of 44 (93.2%); needs at least 95%";
        assertThat(JunitRenderer.xml(plain)).isSameAs(plain);
    }

    @Test
    void markupCharactersAreEscapedInTextAndAttributes() {
        assertThat(JunitRenderer.xml("<a href=\"x\">Tom's & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Jerry&apos;s&lt;/a&gt;");
    }

    @Test
    void charactersXmlCannotHoldAreDroppedAndEverythingElseKept() {
        String text = "line\none\ttab\rcr \u0000nul \u001Besc \uFFFEbad \uD800lone \uDC00low caf\u00e9 \uD83D\uDE00 end";
        assertThat(JunitRenderer.xml(text))
                .isEqualTo("line\none\ttab\rcr nul esc bad lone low caf\u00e9 \uD83D\uDE00 end");
    }
}
