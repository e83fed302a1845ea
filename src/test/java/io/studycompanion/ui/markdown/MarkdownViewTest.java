package io.studycompanion.ui.markdown;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown from question files becomes the expected JavaFX node tree; built on the FX thread, headless. */
class MarkdownViewTest {
    private final List<String> clicked = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void inlineStylesBecomeStyleClassesAndTheTextIsKept() throws Exception {
        Node view = render("Train **one** *churn* model with `LogisticRegression` on ***all*** rows.\nThen stop.");
        assertThat(view).isInstanceOf(VBox.class);
        assertThat(view.getStyleClass()).contains("markdown");
        assertThat(((VBox) view).getChildren()).singleElement().isInstanceOf(TextFlow.class);
        assertThat(plainText(view)).isEqualTo("Train one churn model with LogisticRegression on all rows. Then stop.");
        assertThat(textNode(view, "one").getStyleClass()).contains("md-text", "md-strong").doesNotContain("md-em");
        assertThat(textNode(view, "churn").getStyleClass()).contains("md-em").doesNotContain("md-strong");
        assertThat(textNode(view, "LogisticRegression").getStyleClass()).contains("md-code");
        assertThat(textNode(view, "all").getStyleClass()).contains("md-strong", "md-em");
    }

    @Test
    void paragraphsHeadingsAndRawHtmlAreSeparateBlocksOfText() throws Exception {
        VBox view = (VBox) render("## Why\n\nFirst <routes> here.\n\n<div>kept as text</div>\n\nLast");
        assertThat(view.getChildren()).hasSize(4).allSatisfy(block -> assertThat(block).isInstanceOf(TextFlow.class));
        assertThat(view.getChildren().get(0).getStyleClass()).contains("md-heading", "md-h2");
        assertThat(view.getChildren().stream().map(MarkdownViewTest::plainText))
                .containsExactly("Why", "First <routes> here.", "<div>kept as text</div>", "Last");
        assertThat(((VBox) render("")).getChildren()).isEmpty();
    }

    @Test
    void fencedPythonBlockIsColouredAndKeepsItsIndentation() throws Exception {
        String code = "import mlflow\n\ndef train(lr=0.1):\n    # nested\n    return \"ok\"";
        Node view = render("Look:\n\n```python\n" + code + "\n```\n");
        Node block = ((VBox) view).getChildren().get(1);
        assertThat(block.getStyleClass()).contains("md-code-block");
        assertThat(all(block, Label.class)).extracting(Label::getText).containsExactly("python");
        assertThat(all(block, Label.class).get(0).getStyleClass()).contains("md-code-lang");
        ScrollPane scroll = all(block, ScrollPane.class).get(0);
        assertThat(scroll.isFitToHeight()).isTrue();
        assertThat(scroll.getVbarPolicy()).isEqualTo(ScrollPane.ScrollBarPolicy.NEVER);
        assertThat(plainText(scroll.getContent())).isEqualTo(code);
        assertThat(tokens(block, "tok-keyword")).contains("import", "def", "return");
        assertThat(tokens(block, "tok-function")).contains("train");
        assertThat(tokens(block, "tok-number")).contains("0.1");
        assertThat(tokens(block, "tok-comment")).contains("# nested");
        assertThat(tokens(block, "tok-string")).contains("\"ok\"");
    }

    @Test
    void otherLanguagesAndUnlabelledBlocksAreShownVerbatim() throws Exception {
        Node sql = render("```sql\nSELECT 1 -- one\n```");
        assertThat(tokens(sql, "tok-keyword")).containsExactly("SELECT");
        assertThat(tokens(sql, "tok-comment")).containsExactly("-- one");
        Node plain = render("```\n  a  *b*\n```\n\n    indented **code**\n");
        assertThat(all(plain, Label.class)).isEmpty();
        assertThat(all(plain, ScrollPane.class)).extracting(scroll -> plainText(scroll.getContent()))
                .containsExactly("  a  *b*", "indented **code**");
        assertThat(all(plain, Text.class)).allSatisfy(text -> assertThat(text.getStyleClass()).containsExactly("tok-plain"));
    }

    @Test
    void bulletAndNumberedListsHaveMarkersAndRenderedItems() throws Exception {
        VBox view = (VBox) render("- first **bold**\n- second\n\n3. three\n4. four\n   - nested");
        assertThat(view.getChildren()).hasSize(2);
        Node bullets = view.getChildren().get(0);
        Node numbers = view.getChildren().get(1);
        assertThat(bullets.getStyleClass()).contains("md-list", "md-bullet-list");
        assertThat(numbers.getStyleClass()).contains("md-list", "md-ordered-list");
        assertThat(markers(bullets)).containsExactly("•", "•");
        assertThat(markers(numbers)).containsExactly("3.", "4.", "•");
        assertThat(textNode(bullets, "bold").getStyleClass()).contains("md-strong");
        assertThat(plainText(numbers)).isEqualTo("threefournested");
    }

    @Test
    void clickingAWebLinkCallsTheHandlerWithItsUrl() throws Exception {
        Node view = render("See [the **docs**](https://docs.databricks.com/x) and <http://example.com/a>.");
        assertThat(plainText(view)).isEqualTo("See the docs and http://example.com/a.");
        Text docs = textNode(view, "docs");
        assertThat(docs.getStyleClass()).contains("md-link", "md-strong");
        click(textNode(view, "the "));
        click(docs);
        click(textNode(view, "http://example.com/a"));
        assertThat(clicked).containsExactly("https://docs.databricks.com/x", "https://docs.databricks.com/x",
                "http://example.com/a");
    }

    @Test
    void linksThatAreNotWebLinksAreNotClickable() throws Exception {
        Node view = render("[run me](javascript:alert(1)) [local](file:///etc/passwd) [rel](other.md) "
                + "![pic](https://example.com/p.png)");
        assertThat(plainText(view)).isEqualTo("run me local rel pic");
        for (String label : List.of("run me", "local", "rel", "pic")) {
            Text text = textNode(view, label);
            assertThat(text.getStyleClass()).doesNotContain("md-link");
            assertThat(text.getOnMouseClicked()).isNull();
            click(text);
        }
        assertThat(clicked).isEmpty();
    }

    @Test
    void pipeTablesBecomeGrids() throws Exception {
        Node view = render("Rows:\n\n| drift_type | psi |\n|---|---:|\n| `BASELINE` | 0.29 |\n| CONSECUTIVE | 0.03 |");
        GridPane grid = all(view, GridPane.class).get(0);
        assertThat(grid.getStyleClass()).contains("md-table");
        assertThat(grid.getChildren()).hasSize(6);
        assertThat(grid.getChildren().stream().map(MarkdownViewTest::plainText))
                .containsExactly("drift_type", "psi", "BASELINE", "0.29", "CONSECUTIVE", "0.03");
        assertThat(grid.getChildren().get(0).getStyleClass()).contains("md-table-header");
        assertThat(textNode(grid, "BASELINE").getStyleClass()).contains("md-code");
    }

    @Test
    void everyQuestionFieldRendersWithItsCodeBlocksAndWithoutMarkdownSyntax() throws Exception {
        int fields = 0;
        try (Stream<Path> files = Files.list(Path.of("content", "questions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode question : new ObjectMapper().readTree(file.toFile()).path("questions")) {
                    for (String markdown : CodeHighlighterTest.markdownOf(question)) {
                        Node view = render(markdown);
                        long fences = markdown.lines().filter(line -> line.strip().startsWith("```")).count() / 2;
                        assertThat(nodes(view).stream().filter(n -> n.getStyleClass().contains("md-code-block")))
                                .as(question.path("id").asText()).hasSize((int) fences);
                        String prose = nodes(view).stream().filter(n -> n.getStyleClass().contains("md-text"))
                                .filter(n -> !n.getStyleClass().contains("md-code"))
                                .map(n -> ((Text) n).getText()).collect(Collectors.joining());
                        assertThat(prose).as(question.path("id").asText()).doesNotContain("**", "```");
                        fields++;
                    }
                }
            }
        }
        assertThat(fields).isGreaterThan(500);
    }

    @Test
    void stylesheetColoursComeFromTheThemeAndSizesFollowTheRootFont() throws Exception {
        String markdown = "**Bold** and `code`\n\n```python\ndef f():\n    pass\n```";
        Node light = styled(markdown, new PrimerLight().getUserAgentStylesheet());
        Text keyword = textNode(light, "def");
        assertThat(keyword.getFill()).isEqualTo(Color.web("#cf222e"));
        assertThat(textNode(light, "Bold").getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(textNode(light, "Bold").getFont().getSize()).isEqualTo(20.0);
        assertThat(textNode(light, "code").getFont().getFamily()).isNotEqualTo(textNode(light, "Bold").getFont().getFamily());
        assertThat(keyword.getFont().getFamily()).isEqualTo(textNode(light, "code").getFont().getFamily());
        Node dark = styled(markdown, new PrimerDark().getUserAgentStylesheet());
        assertThat(textNode(dark, "def").getFill()).isEqualTo(Color.web("#f85149"));
        assertThat(MarkdownView.STYLESHEET).endsWith("markdown.css");
        assertThat(((Parent) light).getStylesheets()).containsExactly(MarkdownView.STYLESHEET);
    }

    @Test
    void longCodeLinesScrollSidewaysInsteadOfWrapping() throws Exception {
        String longLine = "x = " + "\"abcdefghij\" + ".repeat(20) + "1";
        Node view = styledAt("```python\n" + longLine + "\nshort = 1\n```\n\n```python\ny = 2\n```", 300);
        List<ScrollPane> scrolls = all(view, ScrollPane.class);
        TextFlow code = (TextFlow) scrolls.get(0).getContent();
        assertThat(code.getWidth()).isGreaterThan(1000);
        assertThat(scrolls.get(0).getWidth()).isLessThanOrEqualTo(300);
        assertThat(scrolls.get(0).getHbarPolicy()).isEqualTo(ScrollPane.ScrollBarPolicy.ALWAYS);
        assertThat(scrolls.get(1).getHbarPolicy()).isEqualTo(ScrollPane.ScrollBarPolicy.NEVER);
        double lineHeight = code.getChildren().get(0).getLayoutBounds().getHeight();
        assertThat(code.getHeight()).as("two lines, not wrapped").isBetween(1.5 * lineHeight, 2.5 * lineHeight);
    }

    @Test
    void theWheelOverACodeBlockScrollsThePageAndShiftWheelScrollsTheCode() throws Exception {
        String markdown = "text\n\n".repeat(30) + "```bash\n" + "echo 1 ".repeat(100) + "\n```\n" + "text\n\n".repeat(30);
        Node view = render(markdown);
        ScrollPane page = onFx(() -> {
            ScrollPane outer = new ScrollPane(view);
            outer.setFitToWidth(true);
            new Scene(outer, 300, 300).getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
            for (int pass = 0; pass < 3; pass++) {
                outer.applyCss();
                outer.layout();
            }
            return outer;
        });
        ScrollPane code = all(view, ScrollPane.class).get(0);
        Text token = textNode(view, "echo");
        onFx(() -> fireWheel(token, 0, -40));
        assertThat(page.getVvalue()).isGreaterThan(0);
        assertThat(code.getHvalue()).isZero();
        onFx(() -> fireWheel(token, -40, 0));
        assertThat(code.getHvalue()).isGreaterThan(0);
    }

    private static Text fireWheel(Text target, double deltaX, double deltaY) {
        Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, 1, 1, 1, 1, deltaX != 0, false, false, false,
                false, false, deltaX, deltaY, deltaX, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        return target;
    }

    private Node render(String markdown) throws Exception {
        return onFx(() -> MarkdownView.render(markdown, clicked::add));
    }

    /** Renders in a scene with the theme and a 20px root font, as the app does, and applies the CSS. */
    private Node styled(String markdown, String theme) throws Exception {
        return onFx(() -> {
            Node view = MarkdownView.render(markdown, clicked::add);
            StackPane root = new StackPane(view);
            root.setStyle("-fx-font-size: 20px;");
            new Scene(root).getStylesheets().add(theme);
            root.applyCss();
            return view;
        });
    }

    private Node styledAt(String markdown, double width) throws Exception {
        Node view = styled(markdown, new PrimerLight().getUserAgentStylesheet());
        for (int pass = 0; pass < 3; pass++) {
            onFx(() -> {
                Parent root = view.getParent();
                root.applyCss();
                root.resize(width, 800);
                root.layout();
                return root;
            });
        }
        return view;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private void click(Text text) throws Exception {
        onFx(() -> {
            Event.fireEvent(text, new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, true, null));
            return text;
        });
    }

    /** The node and all its descendants, depth first, including a scroll pane's content. */
    private static List<Node> nodes(Node node) {
        List<Node> found = new ArrayList<>(List.of(node));
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            found.addAll(nodes(scroll.getContent()));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(nodes(child)));
        }
        return found;
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        return nodes(root).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String plainText(Node root) {
        return all(root, Text.class).stream().map(Text::getText).collect(Collectors.joining());
    }

    private static Text textNode(Node root, String text) {
        return all(root, Text.class).stream().filter(t -> t.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no Text \"" + text + "\" in " + plainText(root)));
    }

    private static List<String> tokens(Node root, String styleClass) {
        return all(root, Text.class).stream().filter(t -> t.getStyleClass().contains(styleClass))
                .map(t -> t.getText().strip()).toList();
    }

    private static List<String> markers(Node list) {
        return all(list, Label.class).stream().filter(l -> l.getStyleClass().contains("md-list-marker"))
                .map(Label::getText).toList();
    }
}
