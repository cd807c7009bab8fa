package org.lectern.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A deterministic English-like article of about 1 MB in paragraphs, and highlights spread over it. */
final class ArticleGenerator {
    private static final String[] WORDS = ("the of and to in a that for on with as was said by at from his its "
            + "an were are which this be has had not have they but their it been more one after who also two "
            + "officials government ministry shipment harbour port freighter cargo containers rifles ammunition "
            + "missiles customs records inspector manifest grain declared weight border crossing convoy trucks "
            + "army militia rebels monitors report investigators serial numbers batch lot factory supplier "
            + "contract broker company director spokesman statement denied confirmed alleged according sources "
            + "documents leaked satellite imagery shows warehouse airfield cargo flight pilots crew route "
            + "valley province capital village district region coast river bridge checkpoint garrison base "
            + "Monday Tuesday Wednesday Thursday Friday March April May June July August September October "
            + "minister ambassador council committee embassy agency authority court judge lawyer witness "
            + "testimony evidence claim accusation denial inquiry sanctions embargo violation transfer sale "
            + "purchase delivery payment invoice bank account transfer funds network smuggling traffickers "
            + "weapons vehicles vessel tanker drones launchers rounds crates markings stamped painted hidden "
            + "under beneath behind between during before while although however because therefore still "
            + "Varnesia Oskaria Sellick Lusk Ellis Tervic Moss Grey Tern Corridor Northern Eastern Western "
            + "early late recent previous several many few some most nearly about almost twice three four five")
            .split(" ");

    final String text;
    final List<int[]> paragraphs = new ArrayList<>();

    ArticleGenerator(long seed, int paragraphCount, int targetChars) {
        Random random = new Random(seed);
        int perParagraph = targetChars / paragraphCount;
        StringBuilder out = new StringBuilder(targetChars + 4096);
        for (int p = 0; p < paragraphCount; p++) {
            if (p > 0) {
                out.append("\n\n");
            }
            int start = out.length();
            // A paragraph ends with the sentence that passes its goal: about 65 characters beyond it on average.
            int goal = perParagraph / 2 + random.nextInt(perParagraph) - 65;
            while (out.length() - start < goal) {
                if (out.length() > start) {
                    out.append(' ');
                }
                sentence(random, out);
            }
            paragraphs.add(new int[] {start, out.length()});
        }
        text = out.toString();
    }

    private static void sentence(Random random, StringBuilder out) {
        int words = 8 + random.nextInt(18);
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (w == 0) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                out.append(' ').append(word);
            }
            if (w > 2 && w < words - 2 && random.nextInt(12) == 0) {
                out.append(',');
            }
        }
        out.append(random.nextInt(15) == 0 ? "?" : ".");
    }

    /** {start, end, tagIndex}: mostly short passages within a paragraph; about one in six overlaps the previous one. */
    List<int[]> highlights(long seed, int count, int tagCount) {
        Random random = new Random(seed);
        List<int[]> result = new ArrayList<>(count);
        int[] previous = null;
        while (result.size() < count) {
            int[] paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            int length = random.nextInt(10) == 0 ? 60 + random.nextInt(240) : 3 + random.nextInt(50);
            int start;
            if (previous != null && random.nextInt(6) == 0) {
                start = previous[0] + random.nextInt(Math.max(1, previous[1] - previous[0]));
            } else {
                start = paragraph[0] + random.nextInt(Math.max(1, paragraph[1] - paragraph[0] - 3));
            }
            int end = Math.min(start + length, text.length());
            if (end <= start) {
                continue;
            }
            previous = new int[] {start, end, random.nextInt(tagCount)};
            result.add(previous);
        }
        return result;
    }

    /** A random range inside one paragraph, as an analyst might select it. */
    int[] randomSelection(Random random) {
        int[] paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
        int start = paragraph[0] + random.nextInt(Math.max(1, paragraph[1] - paragraph[0] - 90));
        int end = Math.min(paragraph[1], start + 5 + random.nextInt(80));
        return new int[] {start, end};
    }
}
