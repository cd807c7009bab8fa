package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads lectern.bss, compiled at build time, wherever the window asks for lectern.css (article.bss for
 * article.css): each must say exactly what its .css says, rule for rule, so that no edit of the stylesheet is lost to a stale compiled copy.
 */
class PrecompiledStylesheetTest {
    @Test
    void theCompiledStylesheetBesideLecternCssHasTheSameRulesAsTheText() throws Exception {
        assertCompiledAsWritten("lectern");
    }

    @Test
    void theCompiledStylesheetBesideArticleCssHasTheSameRulesAsTheText() throws Exception {
        assertCompiledAsWritten("article/article");
    }

    private static void assertCompiledAsWritten(String name) throws Exception {
        URL text = MainWindow.class.getResource(name + ".css");
        URL compiled = MainWindow.class.getResource(name + ".bss");
        assertNotNull(compiled, name + ".bss is built beside " + name + ".css (mvn process-classes)");

        assertEquals(rules(new CssParser().parse(text)), rules(Stylesheet.loadBinary(compiled)));
    }

    private static List<String> rules(Stylesheet stylesheet) {
        // Declarations are spelled out: a compiled rule decodes them only when asked.
        return stylesheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(declaration -> declaration.getProperty() + ": " + declaration.getParsedValue()).toList()).toList();
    }
}
