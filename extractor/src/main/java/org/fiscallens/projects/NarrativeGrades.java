package org.fiscallens.projects;

import org.fiscallens.facts.NumberScanner;
import org.fiscallens.facts.SectionPath;
import org.fiscallens.facts.TextPositions;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.NarrativeGrade;
import org.fiscallens.model.Provenance;
import org.fiscallens.model.Section;
import org.fiscallens.sections.Paragraph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-assessment grades and scores the narrative states: "自评结果等次均为“优”", "项目自评等级为良",
 * "综合评分为95分，等级为优". A statement is about the project its paragraph's 综述 names ("XX项目绩效自评综述：…",
 * carried to the following paragraphs of the same section until another project is named), or about all projects
 * when no project is named and it says 均/都/全部 or names all projects (所有/各/以上/上述项目). Other statements
 * (no project named, no 均) are kept with no project: {@link ProjectReader} attaches them only to a lone project.
 * Evaluations of the department (部门绩效评价结果…为优秀) are not self-assessment grades: a statement needs 自评,
 * 等级/等次/评级 or a score.
 */
public final class NarrativeGrades {
    private NarrativeGrades() {}

    /** A grade/score statement; {@code project} null with scope {@code all} = every project; null and scope null = unnamed. */
    public record Statement(String project, NarrativeGrade grade) {}

    /** "XX项目绩效自评综述：" / "XX项目绩效自评综述，" / "XX项目自评：" opening a paragraph. */
    private static final Pattern PROJECT_HEAD = Pattern.compile(
            "^\\s*(.{2,60}?)(?:项目)?(?:绩效)?自评(?:综述|情况|结果|报告)[：:，,。]|^\\s*(.{2,60}?)项目(?:绩效)?自评[：:]");

    /** Words that show a head is a sentence about the self-assessment, not a project's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(部门|整体|单位|本年度|年度|开展|组织|根据|按照|共|本局|我局|全部|所有|各).*");

    private static final Pattern GRADE = Pattern.compile(
            "(自评结果|自评等级|自评等次|评价等级|评价等次|绩效等级|绩效评级|结果等次|结果等级|等次|等级|评级)(?:均|都|全部|全|总体)?(?:为|是|评定为|评为|达到|属于|：|:)\\s*[“\"‘]?(不合格|合格|优秀|优|良好|良|中|差)(?![”\"’]?[的项个])[”\"’]?");

    private static final Pattern SCORE = Pattern.compile(
            "(综合评分|综合得分|自评得分|自评分数|自评总分|评价得分|绩效得分|总得分|总分|得分|评分)(?:为|是|达到|达|：|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    private static final Pattern ALL = Pattern.compile("(所有|全部|各|以上|上述|\\d+个)(?:个)?项目|均为|均是|都为|均评为|均达到|全部为");

    public static List<Statement> read(List<Paragraph> paragraphs, List<Section> sections) {
        Map<Paragraph, SectionPath> where = SectionPath.assign(paragraphs, sections);
        List<Statement> out = new ArrayList<>();
        String current = null;
        SectionPath currentPath = null;
        for (Paragraph p : paragraphs) {
            String text = NumberScanner.fold(p.text());
            SectionPath path = where.getOrDefault(p, SectionPath.NONE);
            if (currentPath != null && !path.equals(currentPath)) current = null;
            Matcher head = PROJECT_HEAD.matcher(text);
            if (head.find()) {
                String name = (head.group(1) != null ? head.group(1) : head.group(2)).strip();
                if (!NOT_A_NAME.matcher(name).matches()) {
                    current = name;
                    currentPath = path;
                }
            }
            TextPositions pos = null;
            int ss = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && "。；;！!".indexOf(text.charAt(i)) < 0) continue;
                int se = Math.min(i + 1, text.length());
                String sentence = text.substring(ss, se);
                Matcher g = GRADE.matcher(sentence);
                Matcher s = SCORE.matcher(sentence);
                boolean hasGrade = g.find(), hasScore = s.find();
                boolean selfAssessment = sentence.contains("自评") || Regexes.matches(sentence, ".*(等级|等次|评级|得分|评分).*");
                if ((hasGrade || hasScore) && selfAssessment && !Regexes.matches(sentence, ".*(评级为|等级为|等次为)[“\"]?[^，。]{0,4}[”\"]?的项目.*")) {
                    if (pos == null) pos = new TextPositions(p);
                    int from = hasGrade ? ss + g.start() : ss + s.start();
                    int to = hasGrade ? ss + g.end() : ss + s.end();
                    if (hasGrade && hasScore) { from = Math.min(from, ss + s.start()); to = Math.max(to, ss + s.end()); }
                    Provenance where1 = new Provenance(pos.page(from, p.page()), pos.box(from, to), p.text().substring(ss, se).strip());
                    String grade = hasGrade ? g.group(2) : null;
                    BigDecimal score = hasScore ? new BigDecimal(s.group(2)) : null;
                    boolean all = ALL.matcher(sentence).find();
                    if (current != null && !Regexes.matches(sentence, ".*(所有|全部|各|以上|上述)(个)?项目.*")) {
                        out.add(new Statement(current, new NarrativeGrade(grade, score, "project", where1)));
                    } else if (all) {
                        out.add(new Statement(null, new NarrativeGrade(grade, score, "all", where1)));
                    } else {
                        out.add(new Statement(null, new NarrativeGrade(grade, score, null, where1)));
                    }
                }
                ss = i + 1;
            }
        }
        return out;
    }
}
