package io.studycompanion.ui.markdown;

import javafx.beans.InvalidationListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the Markdown of exam questions (stems, choices, explanations) as JavaFX nodes.
 * <p>
 * Supported: paragraphs, bold, italic, inline code, fenced code blocks with syntax colouring, bullet and
 * numbered lists, block quotes, headings, links and simple pipe tables. Nothing is ever opened or loaded:
 * clicking an http(s) link only calls the caller's handler, other links and images show as plain text, and
 * raw HTML shows as its source text. Node style classes are styled by {@link #STYLESHEET}.
 */
public final class MarkdownView {
    /** URL of the stylesheet for the {@code md-*} and {@code tok-*} classes; already added to rendered nodes. */
    public static final String STYLESHEET = Objects.requireNonNull(
            MarkdownView.class.getResource("markdown.css"), "markdown.css missing").toExternalForm();

    // Block source spans let pipe tables (not CommonMark, so parsed as paragraphs) be read from the raw text.
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?(\\s*:?-+:?\\s*\\|)+\\s*(:?-+:?\\s*)?");

    private final String source;
    private final Consumer<String> onLink;

    private MarkdownView(String source, Consumer<String> onLink) {
        this.source = source;
        this.onLink = onLink;
    }

    /**
     * Renders {@code markdown} as a {@code VBox} (style class {@code markdown}) holding one node per block.
     * Call on the JavaFX thread (links get tooltips, which are windows). Put the result where its width is
     * bounded, such as a {@code ScrollPane} with {@code fitToWidth}: text then wraps and code scrolls sideways.
     *
     * @param markdown the Markdown text; may be empty
     * @param onLink   called with the URL when the user clicks an http or https link
     * @return the rendered blocks, with {@link #STYLESHEET} attached
     */
    public static Node render(String markdown, Consumer<String> onLink) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(onLink, "onLink");
        VBox root = box("markdown", new MarkdownView(markdown, onLink).blocks(PARSER.parse(markdown)));
        root.getStylesheets().add(STYLESHEET);
        return root;
    }

    private List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (var child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child).ifPresent(nodes::add);
        }
        return nodes;
    }

    private Optional<Node> block(org.commonmark.node.Node block) {
        if (block instanceof Paragraph paragraph) {
            String raw = raw(paragraph);
            return Optional.of(isTable(raw) ? table(raw) : flow(inlines(paragraph), "md-paragraph"));
        } else if (block instanceof Heading heading) {
            return Optional.of(flow(inlines(heading), "md-heading", "md-h" + heading.getLevel()));
        } else if (block instanceof FencedCodeBlock code) {
            String language = code.getInfo() == null ? "" : code.getInfo().strip().split("\\s+")[0];
            return Optional.of(CodeBlock.create(code.getLiteral(), language));
        } else if (block instanceof IndentedCodeBlock code) {
            return Optional.of(CodeBlock.create(code.getLiteral(), ""));
        } else if (block instanceof ListBlock list) {
            return Optional.of(list(list));
        } else if (block instanceof BlockQuote quote) {
            return Optional.of(box("md-blockquote", blocks(quote)));
        } else if (block instanceof ThematicBreak) {
            return Optional.of(styled(new Separator(), "md-rule"));
        } else if (block instanceof HtmlBlock html) {
            // Shown as source text: question files are data, and HTML is never interpreted.
            return Optional.of(flow(List.of(Inlines.text(html.getLiteral().stripTrailing())), "md-paragraph"));
        }
        return Optional.empty();
    }

    private List<Text> inlines(org.commonmark.node.Node parent) {
        return new Inlines(onLink).collect(parent);
    }

    private Node list(ListBlock list) {
        boolean ordered = list instanceof OrderedList;
        VBox box = box("md-list", List.of());
        box.getStyleClass().add(ordered ? "md-ordered-list" : "md-bullet-list");
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList o && o.getMarkerDelimiter() != null ? o.getMarkerDelimiter() : ".";
        for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = styled(new Label(ordered ? number++ + delimiter : "•"), "md-list-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = box("md-list-content", blocks(item));
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(styled(new HBox(marker, content), "md-list-item"));
        }
        return box;
    }

    private String raw(Paragraph paragraph) {
        return paragraph.getSourceSpans().stream()
                .map(span -> source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()))
                .collect(Collectors.joining("\n"));
    }

    private static boolean isTable(String raw) {
        List<String> lines = raw.lines().map(String::strip).toList();
        return lines.size() >= 2 && lines.stream().allMatch(line -> line.startsWith("|"))
                && TABLE_RULE.matcher(lines.get(1)).matches();
    }

    /** A pipe table: header row, separator row (skipped), body rows; each cell is inline Markdown. */
    private Node table(String raw) {
        GridPane grid = styled(new GridPane(), "md-table");
        grid.setMaxWidth(Region.USE_PREF_SIZE); // as wide as its columns, so the outer border fits the cells
        List<String> lines = raw.lines().toList();
        for (int line = 0, row = 0; line < lines.size(); line++) {
            if (line == 1) {
                continue;
            }
            List<String> cells = cells(lines.get(line));
            for (int column = 0; column < cells.size(); column++) {
                TextFlow cell = flow(inlines(PARSER.parse(cells.get(column))), "md-table-cell");
                cell.getStyleClass().add(line == 0 ? "md-table-header" : "md-table-body");
                grid.add(cell, column, row);
            }
            row++;
        }
        return grid;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().replaceFirst("^\\|", "").replaceFirst("(?<!\\\\)\\|$", "");
        return List.of(inner.split("(?<!\\\\)\\|", -1)).stream().map(String::strip).toList();
    }

    private static TextFlow flow(List<Text> texts, String... styleClasses) {
        TextFlow flow = new TextFlow(texts.toArray(Node[]::new));
        flow.getStyleClass().addAll(styleClasses);
        return flow;
    }

    private static VBox box(String styleClass, List<Node> children) {
        VBox box = new VBox();
        box.getChildren().setAll(children);
        return styled(box, styleClass);
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** Turns inline Markdown into {@code Text} nodes, tracking bold, italic and the enclosing link. */
    private static final class Inlines extends AbstractVisitor {
        private final Consumer<String> onLink;
        private final List<Text> texts = new ArrayList<>();
        private int strong;
        private int emphasis;
        private String link = "";

        Inlines(Consumer<String> onLink) {
            this.onLink = onLink;
        }

        static Text text(String content) {
            return styled(new Text(content), "md-text");
        }

        static boolean isWebUrl(String url) {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://");
        }

        List<Text> collect(org.commonmark.node.Node parent) {
            visitChildren(parent);
            return texts;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral(), false);
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), true);
        }

        @Override
        public void visit(Emphasis node) {
            emphasis++;
            visitChildren(node);
            emphasis--;
        }

        @Override
        public void visit(StrongEmphasis node) {
            strong++;
            visitChildren(node);
            strong--;
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            add(" ", false);
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            add("\n", false);
        }

        @Override
        public void visit(HtmlInline html) {
            add(html.getLiteral(), false);
        }

        @Override
        public void visit(Link node) {
            // Only web links are clickable; "javascript:", "file:" and the like stay plain text.
            link = isWebUrl(node.getDestination()) ? node.getDestination().strip() : "";
            visitChildren(node);
            link = "";
        }

        private void add(String content, boolean code) {
            Text text = text(content);
            if (code) {
                text.getStyleClass().add("md-code");
            }
            if (strong > 0) {
                text.getStyleClass().add("md-strong");
            }
            if (emphasis > 0) {
                text.getStyleClass().add("md-em");
            }
            if (!link.isEmpty()) {
                makeLink(text, link);
            }
            texts.add(text);
        }

        private void makeLink(Text text, String url) {
            text.getStyleClass().add("md-link");
            text.setCursor(Cursor.HAND);
            Tooltip.install(text, new Tooltip(url));
            text.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    event.consume();
                    onLink.accept(url);
                }
            });
        }
    }

    /** Puts plain text on the system clipboard. */
    public static void copyText(String text) {
        var content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** A code block: language label over coloured code that scrolls sideways instead of wrapping. */
    private static final class CodeBlock {
        private CodeBlock() {
        }

        static Node create(String literal, String language) {
            String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            TextFlow flow = styled(new TextFlow(), "md-code-flow");
            for (CodeHighlighter.Token token : CodeHighlighter.tokenize(code, language)) {
                flow.getChildren().add(styled(new Text(token.text()), token.kind().styleClass()));
            }
            ScrollPane scroll = styled(new ScrollPane(flow), "md-code-scroll");
            scroll.setFitToHeight(true);
            scroll.setVbarPolicy(ScrollBarPolicy.NEVER);
            scroll.setHbarPolicy(ScrollBarPolicy.NEVER);
            showBarWhenNeeded(scroll, flow);
            VBox block = box("md-code-block", List.of());
            if (!language.isBlank()) {
                block.getChildren().add(styled(new Label(language), "md-code-lang"));
            }
            block.getChildren().add(scroll);
            // Code a learner wants to try: right-click copies it whole, as written.
            var copy = new javafx.scene.control.MenuItem("Copy code");
            copy.setOnAction(e -> copyText(code));
            var menu = new javafx.scene.control.ContextMenu(copy);
            block.setOnContextMenuRequested(e -> {
                menu.show(block, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            block.getProperties().put("copyText", code);
            return block;
        }

        /**
         * Shows the horizontal bar only for code wider than the block. AS_NEEDED would not do: the skin does
         * not count the bar in the pane's height, so with no vertical bar it would hide the last line.
         */
        private static void showBarWhenNeeded(ScrollPane scroll, Region content) {
            InvalidationListener update = observable -> scroll.setHbarPolicy(
                    content.getWidth() > scroll.getViewportBounds().getWidth() + 0.5
                            ? ScrollBarPolicy.ALWAYS : ScrollBarPolicy.NEVER);
            scroll.viewportBoundsProperty().addListener(update);
            content.widthProperty().addListener(update);
        }
    }
}
