package org.mizan.ingest.attribution;

import java.util.List;

/** Development aid (not a test): prints the tokens of a sentence and the mention parsed at each position. */
public final class DebugParse {

    public static void main(String[] args) {
        String text = args[0];
        List<Token> tokens = Tokenizer.standard().tokenize(text);
        MentionParser parser = MentionParser.standard();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Mention m = parser.parse(text, tokens, i);
            System.out.println(i + " " + t.text() + " [" + t.conjunction() + "|" + t.prefix() + "|" + t.stem() + "|" + t.suffix() + "] "
                    + (m == null ? "" : "=> " + m.kind() + " name=" + m.name() + " role=" + m.role() + " span=" + m.span().text()));
        }
    }
}
