#!/usr/bin/env python3
"""Render the seed 部门决算 text to a real PDF, restoring its lost tables.

Usage (from the repo root, or anywhere):
    python3 corpus/seed/make_seed_pdf.py [path/to/000_f643c22fe8df2981.txt]

Reads the seed text (default: ../shared/seed/000_f643c22fe8df2981.txt relative
to the repo root), writes corpus/seed/seed.fodt (LibreOffice flat ODF text) and
converts it with soffice to corpus/seed/000_f643c22fe8df2981.pdf.

Narrative paragraphs are taken verbatim from the text (hard-wrapped lines are
re-joined; the original's errors are kept on purpose).  The nine tables of
第二部分 were images in the original and are rebuilt here from the narrative
figures (see NOTES.md for every derivation and choice).  The 项目支出绩效自评表
of 附件二 are rebuilt from the figures in the text; every string used in them is
checked to occur in the seed text.

Stdlib only.  Needs soffice (LibreOffice) on PATH; uses pdftotext (poppler),
if available, for a second pass that fills page numbers into the 目录.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SEED_NAME = "000_f643c22fe8df2981"
DEFAULT_SEED = os.path.join(REPO, "..", "shared", "seed", SEED_NAME + ".txt")
OUT_DIR = os.path.join(REPO, "corpus", "seed")
FODT = os.path.join(OUT_DIR, "seed.fodt")
PDF = os.path.join(OUT_DIR, SEED_NAME + ".pdf")

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

# ---------------------------------------------------------------------------
# 1. Seed text -> paragraphs
# ---------------------------------------------------------------------------
HEADING_RE = re.compile(r"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")


def is_para_end(raw):
    """The extractor ends a paragraph's last line with exactly one space and
    leaves wrapped lines without a trailing space.  Lines that end in several
    spaces carry real blanks of the original (e.g. an empty value slot); they
    end a paragraph only if they end a sentence or are a heading."""
    s = raw.rstrip()
    trailing = raw[len(s):]
    if trailing == "":
        return False
    if HEADING_RE.match(s):
        return True
    if len(trailing) == 1:
        # '…其他收入  0 ' + '万元…' and '…项目支出 ' + '2016.24 …' are wraps
        if s[-1].isdigit() or s.endswith("项目支出"):
            return False
        return True
    return s.endswith("。")


def join_paragraphs(lines):
    paras, cur = [], None
    for raw in lines:
        if not raw.strip():
            continue
        piece = raw.lstrip()
        cur = piece if cur is None else cur + piece
        if is_para_end(raw):
            paras.append(cur.rstrip())
            cur = None
    if cur is not None and cur.strip():
        paras.append(cur.rstrip())
    return paras


def norm(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------------------
# 2. Financial model (万元).  Every figure is tied to the narrative; see NOTES.md
# ---------------------------------------------------------------------------
ENTITY_DEFAULT = "鄂州市葛店经济技术开发区社会保险服务中心"

FUNC_NAMES = {
    "208": "社会保障和就业支出",
    "20801": "人力资源和社会保障管理事务",
    "2080102": "一般行政管理事务",
    "2080107": "社会保险业务管理事务",
    "2080199": "其他人力资源和社会保障管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "20807": "就业补助",
    "2080701": "就业创业服务补贴",
    "2080799": "其他就业补助支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101199": "其他行政事业单位医疗支出",
    "21013": "医疗救助",
    "2101301": "城乡医疗救助",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
}

# 项 code -> (基本支出, 项目支出)
ITEMS = [
    # 30101+30102+30103+30112+30199 and all 公用经费 (302)
    ("2080102", D("0"), D("78.51")),      # 劳动监察/仲裁 办公场所 48.51 + 聘请专家团队 30.00
    ("2080107", D("158.31"), D("0")),     # 35.23+78.78+15.22+0.15+8.94 + 19.99
    ("2080199", D("0"), D("793.00")),     # 上划市社保局的区社保资金
    ("2080501", D("12.76"), D("0")),      # 30302 退休费
    ("2080505", D("168.34"), D("0")),     # 30108 机关事业单位基本养老保险缴费
    ("2080701", D("0"), D("475.71")),     # 就业项目: 社保补贴 132.77+73.7, 一次性吸纳 63.4, 培训 205.84
    ("2080799", D("0"), D("349.06")),     # 就业项目 remainder 824.77-475.71
    ("2101101", D("19.34"), D("0")),      # 30110 职工基本医疗保险缴费
    ("2101199", D("0"), D("3.22")),       # 区工伤保险 project
    ("2101301", D("0"), D("316.74")),     # 医疗救助医保缴费医院门诊等费用补助 project
    ("2210201", D("15.81"), D("0")),      # 30113 住房公积金
]

# T6 基本支出 by economic classification
ECON_NAMES_LEFT = [
    ("301", "工资福利支出"), ("30101", "基本工资"), ("30102", "津贴补贴"),
    ("30103", "奖金"), ("30106", "伙食补助费"), ("30107", "绩效工资"),
    ("30108", "机关事业单位基本养老保险缴费"), ("30109", "职业年金缴费"),
    ("30110", "职工基本医疗保险缴费"), ("30111", "公务员医疗补助缴费"),
    ("30112", "其他社会保障缴费"), ("30113", "住房公积金"), ("30114", "医疗费"),
    ("30199", "其他工资福利支出"),
    ("303", "对个人和家庭的补助"), ("30301", "离休费"), ("30302", "退休费"),
    ("30303", "退职（役）费"), ("30304", "抚恤金"), ("30305", "生活补助"),
    ("30306", "救济费"), ("30307", "医疗费补助"), ("30308", "助学金"),
    ("30309", "奖励金"), ("30310", "个人农业生产补贴"), ("30311", "代缴社会保险费"),
    ("30399", "其他对个人和家庭的补助"),
]
ECON_NAMES_RIGHT = [
    ("302", "商品和服务支出"), ("30201", "办公费"), ("30202", "印刷费"),
    ("30203", "咨询费"), ("30204", "手续费"), ("30205", "水费"), ("30206", "电费"),
    ("30207", "邮电费"), ("30208", "取暖费"), ("30209", "物业管理费"),
    ("30211", "差旅费"), ("30212", "因公出国（境）费用"), ("30213", "维修（护）费"),
    ("30214", "租赁费"), ("30215", "会议费"), ("30216", "培训费"),
    ("30217", "公务接待费"), ("30218", "专用材料费"), ("30224", "被装购置费"),
    ("30225", "专用燃料费"), ("30226", "劳务费"), ("30227", "委托业务费"),
    ("30228", "工会经费"), ("30229", "福利费"), ("30231", "公务用车运行维护费"),
    ("30239", "其他交通费用"), ("30240", "税金及附加费用"),
    ("30299", "其他商品和服务支出"),
    ("310", "资本性支出"), ("31001", "房屋建筑物购建"), ("31002", "办公设备购置"),
    ("31003", "专用设备购置"), ("31005", "基础设施建设"), ("31006", "大型修缮"),
    ("31007", "信息网络及软件购置更新"), ("31009", "土地补偿"),
    ("31013", "公务用车购置"), ("31019", "其他交通工具购置"),
    ("31022", "无形资产购置"), ("31099", "其他资本性支出"),
]
ECON = {
    "30101": D("35.23"), "30102": D("78.78"), "30103": D("15.22"),
    "30108": D("168.34"), "30110": D("19.34"), "30112": D("0.15"),
    "30113": D("15.81"), "30199": D("8.94"), "30302": D("12.76"),
    "30201": D("9.96"), "30202": D("0.18"), "30205": D("0.01"),
    "30206": D("1.59"), "30207": D("1.08"), "30211": D("3.45"),
    "30213": D("0.23"),
    # narrative: 劳务费 0.5 (one decimal).  The narrative list sums to 20.00
    # against its stated 19.99; 0.49 is the value inside 0.5's rounding
    # interval that makes the table add up (see NOTES.md).
    "30226": D("0.49"),
    "30228": D("2.67"), "30229": D("0.33"),
}

T1_CLASSES = [
    ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"),
    ("204", "公共安全支出"), ("205", "教育支出"), ("206", "科学技术支出"),
    ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"),
    ("210", "卫生健康支出"), ("211", "节能环保支出"), ("212", "城乡社区支出"),
    ("213", "农林水支出"), ("214", "交通运输支出"),
    ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"),
    ("217", "金融支出"), ("219", "援助其他地区支出"),
    ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"),
    ("224", "灾害防治及应急管理支出"), ("229", "其他支出"),
    ("231", "债务还本支出"), ("232", "债务付息支出"),
    ("234", "抗疫特别国债安排的支出"),
]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
          "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一",
          "二十二", "二十三", "二十四", "二十五", "二十六"]


def build_model():
    rows = {}
    for code, b, p in ITEMS:
        for key in (code[:3], code[:5], code):
            ob, op = rows.get(key, (D(0), D(0)))
            rows[key] = (ob + b, op + p)
    total_b = sum(b for _, b, _ in ITEMS)
    total_p = sum(p for _, _, p in ITEMS)
    # checks against the (correct) narrative figures
    assert total_b + total_p == D("2390.80")
    assert total_b == D("374.56") and total_p == D("2016.24")
    assert sum(rows["208"]) == D("2035.69")
    assert sum(rows["210"]) == D("339.30")
    assert sum(rows["221"]) == D("15.81")
    # depth-first order: 类, 款, 项
    order = []
    for lei in sorted({c[:3] for c, _, _ in ITEMS}):
        order.append(lei)
        for kuan in sorted({c[:5] for c, _, _ in ITEMS if c.startswith(lei)}):
            order.append(kuan)
            order += sorted(c for c, _, _ in ITEMS if c.startswith(kuan))
    # hierarchy sums
    for code in order:
        kids = [k for k in order if len(k) == len(code) + 2 and k.startswith(code)]
        if kids:
            assert sum(rows[k][0] for k in kids) == rows[code][0]
            assert sum(rows[k][1] for k in kids) == rows[code][1]
    # T6
    personnel = sum(v for k, v in ECON.items() if k[:3] in ("301", "303"))
    public = sum(v for k, v in ECON.items() if k[:3] in ("302", "310"))
    assert personnel == D("354.57") and public == D("19.99")
    assert personnel + public == total_b
    # basic expenditure by function must match the economic split
    assert rows["2101101"][0] == ECON["30110"]
    assert rows["2210201"][0] == ECON["30113"]
    assert rows["2080505"][0] == ECON["30108"]
    assert rows["2080501"][0] == ECON["30302"]
    econ = dict(ECON)
    for k in ("301", "302", "303", "310"):
        econ[k] = sum((v for c, v in ECON.items() if c.startswith(k)), D(0))
    return dict(rows=rows, order=order, total_b=total_b, total_p=total_p,
                personnel=personnel, public=public, econ=econ)


def fmt(v, zero=""):
    if v is None:
        return ""
    v = D(v)
    if v == 0:
        return zero
    return "{:,.2f}".format(v)


# ---------------------------------------------------------------------------
# 3. 项目支出绩效自评表 (附件2-1 … 2-6), transcribed from the text
# ---------------------------------------------------------------------------
CAT_A = "1、部门预算项目   ☑   2、市直专项   □  3、市对下转移支付项目 □"
ATTR_NEW = "1、持续性项目     □   2、新增性项目 ☑"
TYPE_REG = "1、常年性项目     ☑   2、延续性项目 □      3、一次性项目 □"
TYPE_ONCE = "1、常年性项目     □   2、延续性项目 □      3、一次性项目 ☑"
DEPT = "葛店经济技术开发区管理委员会"
IMPL = "葛店经济技术开发区社会保险服务中心"
DATE = "填报日期：2024年 4月 24日"
IMPROVE_SAME = "2023年预算执行率高，若下年度工作目标不变，项目经费预算可保持不变。"

PERF = [
    dict(no="附件2-1", title="2023年度劳动监察、劳动仲裁办公场所相关费用项目自评表",
         name="劳动监察、劳动仲裁办公场所相关费用", cat=CAT_A, attr=ATTR_NEW, typ=TYPE_REG,
         a="50.00", b="48.51", rate="97.02%",
         ind=[("产出指标", [("数量指标", [("租用办公场所面积", "1188.57㎡", "1188.57㎡")]),
                             ("质量指标", [("办公场所正常运转率", "100%", "100%")]),
                             ("成本指标", [("预算成本控制数", "≦50万元", "48.51万元")]),
                             ("时效指标", [("租用时间", "1年", "1年")])]),
              ("效益指标", [("可持续影响指标", [("保障房屋使用正常", "完全达到", "完全达到")])]),
              ("满意度指标", [("满意度指标", [("使用人员满意度", "≥98%", "≥98%")])])],
         reason="无",
         improve="2023年预算执行率高，若下年度工作目标不变，项目经费预算可根据实际需要提供的服务项目，合理测算后编制预算。"),
    dict(no="附件2-2", title="2023年度劳动仲裁、劳动监察聘请专家团队项目自评表",
         name="劳动仲裁、劳动监察聘请专家团队", cat=CAT_A, attr=ATTR_NEW, typ=TYPE_REG,
         a="30.00", b="30.00", rate="100%",
         ind=[("产出指标", [("数量指标", [("聘用第三方律师数量", "2个", "2个"),
                                          ("常年法律服务年限", "1年", "1年")]),
                             ("质量指标", [("年结案率", "100%", "100%"),
                                          ("年调解率", "≥60%", "≥60%")]),
                             ("成本指标", [("预算成本控制数", "≦30万元", "30万元")]),
                             ("时效指标", [("提供意见及时率", "100%", "100%")])]),
              ("效益指标", [("社会效益指标", [("解决矛盾纠纷成效", "效果较显著", "效果较显著")])]),
              ("满意度指标", [("满意度指标", [("受益对象满意度", "≥95%", "≥95%")])])],
         reason="无", improve=IMPROVE_SAME),
    dict(no="附件2-3", title="2023年度上划市社保局的区社保资金项目自评表",
         name="上划市社保局的区社保资金", cat=CAT_A, attr=ATTR_NEW, typ=TYPE_REG,
         a="793.00", b="793.00", rate="100%",
         ind=[("产出指标", [("数量指标", [("上划社保资金项目", "1个", "1个")]),
                             ("质量指标", [("资金发放到位率", "100%", "100%")]),
                             ("成本指标", [("预算成本控制数", "≦793万元", "793万元")]),
                             ("时效指标", [("资金发放及时率", "100%", "100%")])]),
              ("效益指标", [("社会效益指标", [("保障新机保业务正常办理", "保障经费正常发放", "保障经费正常发放")]),
                             ("可持续影响", [("维护社会稳定", "长期有效维护", "长期有效维护")])]),
              ("满意度指标", [("满意度指标", [("受益群体满意度指标", "100%", "100%")])])],
         reason="无",
         improve="2023年预算执行率高，若下年度工作目标不变，项目经费预算可结合往年补助人数的情况，相应调整预算额度。"),
    dict(no="附件2-4", title="2023年度就业补助社保缴费公益岗工资就业服务等费用项目自评表",
         name="就业补助社保缴费公益岗工资就业服务等费用",
         cat="1、部门预算项目   □   2、市直专项   □  3、市对下转移支付项目 ☑",
         attr="1、持续性项目     ☑   2、新增性项目 □", typ=TYPE_REG,
         a="929.57", b="824.77", rate="88.73%",
         ind=[("产出指标", [("数量指标", [("就业补助金发放项目", "1个", "1个")]),
                             ("质量指标", [("资金发放到位率", "100%", "88.73%")]),
                             ("成本指标", [("预算成本控制数", "≦929.57万元", "824.77万元")]),
                             ("时效指标", [("资金发放及时率", "100%", "100%")])]),
              ("效益指标", [("社会效益指标", [("保障就业业务正常办理", "保障经费正常发放", "保障经费正常发放"),
                                             ("有效提高区内就业率", "提高", "提高")]),
                             ("可持续影响指标", [("保障就业工作持续稳定运行", "完成就业相关工作", "完成就业相关工作")])]),
              ("满意度指标", [("满意度指标", [("受益群体满意度", "100%", "100%")])])],
         reason="按实际要求合理编制预算。",
         improve="2023年预算执行率较高，若下年度工作目标不变，项目经费预算可结合往年补助人数的情况，按实际要求合理编制预算。"),
    dict(no="附件2-5", title="2023年度区工伤保险项目自评表",
         name="区工伤保险", cat=CAT_A, attr=ATTR_NEW, typ=TYPE_ONCE,
         a="3.22", b="3.22", rate="100%",
         ind=[("产出指标", [("数量指标", [("工伤保险发放项目", "1个", "1个")]),
                             ("质量指标", [("资金发放到位率", "100%", "100%")]),
                             ("成本指标", [("预算成本控制数", "≦3.22万元", "3.22万元")]),
                             ("时效指标", [("资金发放及时率", "100%", "100%")])]),
              ("效益指标", [("社会效益指标", [("维护社会稳定", "长期有效维护", "长期有效维护")])]),
              ("满意度指标", [("满意度指标", [("受益群体满意度", "100%", "100%")])])],
         reason="无", improve=IMPROVE_SAME),
    dict(no="附件2-6", title="2023年度医疗救助医保缴费医院门诊等费用补助项目自评表",
         name="医疗救助医保缴费医院门诊等费用补助", cat=CAT_A, attr=ATTR_NEW, typ=TYPE_ONCE,
         a="316.74", b="316.74", rate="100%",
         ind=[("产出指标", [("数量指标", [("医疗救助医保缴费发放项目", "1个", "1个")]),
                             ("质量指标", [("资金发放到位率", "100%", "100%")]),
                             ("成本指标", [("预算成本控制数", "≦316.74万元", "316.74万元")]),
                             ("时效指标", [("资金发放及时率", "100%", "100%")])]),
              ("效益指标", [("社会效益指标", [("保障医保业务正常办理", "保障经费正常发放", "保障经费正常发放")]),
                             ("可持续指标", [("保障医保持续稳定运行", "完成医保相关工作", "完成医保相关工作")])]),
              ("满意度指标", [("满意度指标", [("受益群体满意度", "100%", "100%")])])],
         reason="无", improve=IMPROVE_SAME),
]
PERF_NOTES = [
    "备注：",
    "1.预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数。",
    "2.基于经济性和必要性等因素考虑，满意度指标暂可不作为必评指标。",
    "3.部门预算项目以二级项目填报，市对下专项转移支付项目、具有特定用途和具体使用目标的共同事权类一般性转移支付以一级项目填报。",
]


def verify_perf(seed_norm):
    """Every string placed in the self-assessment tables must occur in the text."""
    missing = []

    def chk(s):
        if s and norm(s) not in seed_norm:
            missing.append(s)
    for p in PERF:
        for k in ("no", "title", "name", "cat", "attr", "typ", "reason", "improve"):
            chk(p[k])
        chk(p["a"] + p["b"] + p["rate"])
        for l1, l2s in p["ind"]:
            for l2, l3s in l2s:
                chk(l2)
                for l3, tgt, act in l3s:
                    chk(l3 + tgt + act) if len(l3 + tgt + act) < 40 else (chk(l3), chk(tgt), chk(act))
    for s in PERF_NOTES + [DEPT, IMPL, DATE, "单位名称：" + ENTITY_DEFAULT]:
        chk(s)
    # sum of 全年执行数 = 项目支出
    assert sum(D(p["b"]) for p in PERF) == D("2016.24")
    if missing:
        raise SystemExit("self-assessment strings not found in seed text: %r" % missing)


# ---------------------------------------------------------------------------
# 4. ODF writer
# ---------------------------------------------------------------------------
def odf_text(s):
    """Escape text for ODF, keeping runs of spaces (ODF collapses them)."""
    out = []
    for part in re.split(r"( {2,}|\t)", s):
        if part == "\t":
            out.append("<text:tab/>")
        elif part.startswith("  "):
            out.append(" <text:s text:c=\"%d\"/>" % (len(part) - 1))
        else:
            out.append(escape(part))
    res = "".join(out)
    if res.startswith(" "):
        res = "<text:s/>" + res[1:]
    return res


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else odf_text(text))


def tprops(font, size, bold=False):
    w = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
    return ('<style:text-properties style:font-name="{f}" fo:font-size="{s}pt" '
            'style:font-name-asian="{f}" style:font-size-asian="{s}pt" '
            'style:font-name-complex="{f}" style:font-size-complex="{s}pt"{w}/>').format(f=font, s=size, w=w)


class Grid:
    """A ruled table with row/column spans."""
    counter = 0

    def __init__(self, widths_cm, size="8"):
        Grid.counter += 1
        self.name = "Table%d" % Grid.counter
        self.widths = widths_cm
        self.size = size
        self.cells = {}
        self.covered = set()
        self.nrows = 0

    def put(self, r, c, text, kind="TD", rs=1, cs=1):
        assert (r, c) not in self.covered and (r, c) not in self.cells, (self.name, r, c, text)
        self.cells[(r, c)] = (text, kind, rs, cs)
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c):
                    self.covered.add((i, j))
        self.nrows = max(self.nrows, r + rs)

    def xml(self, auto_styles):
        tw = sum(self.widths)
        auto_styles.append(
            '<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%.2fcm" table:align="center" fo:margin-top="0.05cm" fo:margin-bottom="0.1cm"/>'
            '</style:style>' % (self.name, tw))
        out = ['<table:table table:name="%s" table:style-name="%s">' % (self.name, self.name)]
        for i, w in enumerate(self.widths):
            cs = "%s.C%d" % (self.name, i)
            auto_styles.append('<style:style style:name="%s" style:family="table-column">'
                               '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (cs, w))
            out.append('<table:table-column table:style-name="%s"/>' % cs)
        for r in range(self.nrows):
            out.append('<table:table-row table:style-name="Row%s">' % self.size)
            for c in range(len(self.widths)):
                if (r, c) in self.cells:
                    text, kind, rs, cs = self.cells[(r, c)]
                    span = ""
                    if rs > 1:
                        span += ' table:number-rows-spanned="%d"' % rs
                    if cs > 1:
                        span += ' table:number-columns-spanned="%d"' % cs
                    paras = "".join(P(kind + self.size, t) for t in text.split("\n"))
                    out.append('<table:table-cell table:style-name="Cell" office:value-type="string"%s>%s'
                               '</table:table-cell>' % (span, paras))
                elif (r, c) in self.covered:
                    out.append('<table:covered-table-cell table:style-name="Cell"/>')
                else:
                    out.append('<table:table-cell table:style-name="Cell" office:value-type="string">'
                               '<text:p text:style-name="TD%s"/></table:table-cell>' % self.size)
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)


# ---------------------------------------------------------------------------
# 5. The nine tables
# ---------------------------------------------------------------------------
def t1(m):
    g = Grid([5.6, 0.9, 2.0, 5.6, 0.9, 2.0])
    g.put(0, 0, "收入", "TH", cs=3)
    g.put(0, 3, "支出", "TH", cs=3)
    for c, h in enumerate(["项目", "行次", "金额", "项目", "行次", "金额"]):
        g.put(1, c, h, "TH")
    for c, h in enumerate(["栏次", "", "1", "栏次", "", "2"]):
        g.put(2, c, h, "TC")
    income = [("一、一般公共预算财政拨款收入", m["total_b"] + m["total_p"]),
              ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
              ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0),
              ("七、附属单位上缴收入", 0), ("八、其他收入", 0)]
    r0 = 3
    for i, (code, name) in enumerate(T1_CLASSES):
        r = r0 + i
        if i < len(income):
            g.put(r, 0, income[i][0])
            g.put(r, 1, str(i + 1), "TC")
            g.put(r, 2, fmt(income[i][1]), "TN")
        v = sum(m["rows"].get(code, (0, 0)))
        g.put(r, 3, "%s、%s" % (CN_NUM[i], name))
        g.put(r, 4, str(31 + i), "TC")
        g.put(r, 5, fmt(v), "TN")
    r = r0 + len(T1_CLASSES)
    tot = fmt(m["total_b"] + m["total_p"])
    foot = [("本年收入合计", 27, tot, "本年支出合计", 57, tot),
            ("使用非财政拨款结余", 28, "", "结余分配", 58, ""),
            ("年初结转和结余", 29, "", "年末结转和结余", 59, ""),
            ("总计", 30, tot, "总计", 60, tot)]
    for i, (a, ra, va, b, rb, vb) in enumerate(foot):
        g.put(r + i, 0, a, "TH")
        g.put(r + i, 1, str(ra), "TC")
        g.put(r + i, 2, va, "TN")
        g.put(r + i, 3, b, "TH")
        g.put(r + i, 4, str(rb), "TC")
        g.put(r + i, 5, vb, "TN")
    return g


def t2(m):
    """收入决算表: split 类/款/项 code columns, 合计 row on top."""
    g = Grid([0.8, 0.8, 0.8, 4.4] + [1.457] * 7)
    cols = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
    g.put(0, 0, "项目", "TH", cs=4)
    for i, h in enumerate(cols):
        g.put(0, 4 + i, h, "TH", rs=3)
    g.put(1, 0, "支出功能分类科目编码", "TH", cs=3)
    g.put(1, 3, "科目名称", "TH", rs=2)
    for i, h in enumerate(["类", "款", "项"]):
        g.put(2, i, h, "TH")
    g.put(3, 0, "栏次", "TC", cs=4)
    for i in range(7):
        g.put(3, 4 + i, str(i + 1), "TC")
    tot = m["total_b"] + m["total_p"]
    g.put(4, 0, "合计", "TH", cs=4)
    g.put(4, 4, fmt(tot), "TN")
    g.put(4, 5, fmt(tot), "TN")
    r = 5
    for code in m["order"]:
        v = sum(m["rows"][code])
        g.put(r, 0, code[:3], "TC")
        g.put(r, 1, code[3:5], "TC")
        g.put(r, 2, code[5:7], "TC")
        g.put(r, 3, FUNC_NAMES[code])
        g.put(r, 4, fmt(v), "TN")
        g.put(r, 5, fmt(v), "TN")
        r += 1
    return g


def t3(m):
    """支出决算表: single 7-digit code column, 合计 row on top."""
    g = Grid([1.5, 4.7] + [1.8] * 6)
    cols = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
    g.put(0, 0, "项目", "TH", cs=2)
    for i, h in enumerate(cols):
        g.put(0, 2 + i, h, "TH", rs=2)
    g.put(1, 0, "科目编码", "TH")
    g.put(1, 1, "科目名称", "TH")
    g.put(2, 0, "栏次", "TC", cs=2)
    for i in range(6):
        g.put(2, 2 + i, str(i + 1), "TC")
    g.put(3, 0, "合计", "TH", cs=2)
    g.put(3, 2, fmt(m["total_b"] + m["total_p"]), "TN")
    g.put(3, 3, fmt(m["total_b"]), "TN")
    g.put(3, 4, fmt(m["total_p"]), "TN")
    r = 4
    for code in m["order"]:
        b, p = m["rows"][code]
        g.put(r, 0, code, "TC")
        g.put(r, 1, FUNC_NAMES[code])
        g.put(r, 2, fmt(b + p), "TN")
        g.put(r, 3, fmt(b), "TN")
        g.put(r, 4, fmt(p), "TN")
        r += 1
    return g


def t4(m):
    g = Grid([3.3, 0.7, 1.6, 4.0, 0.7, 1.6, 1.7, 1.7, 1.7], size="7")
    tot = m["total_b"] + m["total_p"]
    g.put(0, 0, "收入", "TH", cs=3)
    g.put(0, 3, "支出", "TH", cs=6)
    for c, h in enumerate(["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款",
                           "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]):
        g.put(1, c, h, "TH")
    for c, h in enumerate(["栏次", "", "1", "栏次", "", "2", "3", "4", "5"]):
        g.put(2, c, h, "TC")
    income = [("一、一般公共预算财政拨款", tot), ("二、政府性基金预算财政拨款", 0),
              ("三、国有资本经营预算财政拨款", 0)]
    r0 = 3
    for i, (code, name) in enumerate(T1_CLASSES):
        r = r0 + i
        if i < len(income):
            g.put(r, 0, income[i][0])
            g.put(r, 1, str(i + 1), "TC")
            g.put(r, 2, fmt(income[i][1]), "TN")
        v = sum(m["rows"].get(code, (0, 0)))
        g.put(r, 3, "%s、%s" % (CN_NUM[i], name))
        g.put(r, 4, str(31 + i), "TC")
        g.put(r, 5, fmt(v), "TN")
        g.put(r, 6, fmt(v), "TN")
    r = r0 + len(T1_CLASSES)
    tv = fmt(tot)
    left = [("本年收入合计", 21, tv, "TH"), ("年初财政拨款结转和结余", 22, "", "TD"),
            ("一般公共预算财政拨款", 23, "", "TD"), ("政府性基金预算财政拨款", 24, "", "TD"),
            ("国有资本经营预算财政拨款", 25, "", "TD"), ("总计", 26, tv, "TH")]
    right = {0: ("本年支出合计", 57, [tv, tv, "", ""]),
             1: ("年末财政拨款结转和结余", 58, ["", "", "", ""]),
             5: ("总计", 59, [tv, tv, "", ""])}
    for i, (a, ra, va, kind) in enumerate(left):
        g.put(r + i, 0, a, kind)
        g.put(r + i, 1, str(ra), "TC")
        g.put(r + i, 2, va, "TN")
        if i in right:
            b, rb, vals = right[i]
            g.put(r + i, 3, b, "TH" if i != 1 else "TD")
            g.put(r + i, 4, str(rb), "TC")
            for j, v in enumerate(vals):
                g.put(r + i, 5 + j, v, "TN")
    return g


def t5(m):
    """一般公共预算财政拨款支出决算表: 7-digit codes, 合计 row at the bottom."""
    g = Grid([2.0, 6.5, 2.833, 2.833, 2.834])
    g.put(0, 0, "项目", "TH", cs=2)
    g.put(0, 2, "本年支出", "TH", cs=3)
    for c, h in enumerate(["科目编码", "科目名称", "合计", "基本支出", "项目支出"]):
        g.put(1, c, h, "TH")
    g.put(2, 0, "栏次", "TC", cs=2)
    for i in range(3):
        g.put(2, 2 + i, str(i + 1), "TC")
    r = 3
    for code in m["order"]:
        b, p = m["rows"][code]
        g.put(r, 0, code, "TC")
        g.put(r, 1, FUNC_NAMES[code])
        g.put(r, 2, fmt(b + p), "TN")
        g.put(r, 3, fmt(b), "TN")
        g.put(r, 4, fmt(p), "TN")
        r += 1
    g.put(r, 0, "合计", "TH", cs=2)
    g.put(r, 2, fmt(m["total_b"] + m["total_p"]), "TN")
    g.put(r, 3, fmt(m["total_b"]), "TN")
    g.put(r, 4, fmt(m["total_p"]), "TN")
    return g


def t6(m):
    g = Grid([1.3, 4.4, 2.8, 1.3, 4.4, 2.8], size="7")
    g.put(0, 0, "人员经费", "TH", cs=3)
    g.put(0, 3, "公用经费", "TH", cs=3)
    for c, h in enumerate(["科目编码", "科目名称", "决算数"] * 2):
        g.put(1, c, h, "TH")
    n = max(len(ECON_NAMES_LEFT), len(ECON_NAMES_RIGHT))
    for i in range(n):
        for off, lst in ((0, ECON_NAMES_LEFT), (3, ECON_NAMES_RIGHT)):
            if i < len(lst):
                code, name = lst[i]
                kind = "TH" if len(code) == 3 else "TD"
                g.put(2 + i, off, code, "TC")
                g.put(2 + i, off + 1, name, kind)
                g.put(2 + i, off + 2, fmt(m["econ"].get(code, 0)), "TN")
    r = 2 + n
    g.put(r, 0, "人员经费合计", "TH", cs=2)
    g.put(r, 2, fmt(m["personnel"]), "TN")
    g.put(r, 3, "公用经费合计", "TH", cs=2)
    g.put(r, 5, fmt(m["public"]), "TN")
    return g


def t7():
    g = Grid([1.6, 4.0] + [1.9] * 6)
    g.put(0, 0, "项目", "TH", cs=2)
    g.put(0, 2, "年初结转和结余", "TH", rs=2)
    g.put(0, 3, "本年收入", "TH", rs=2)
    g.put(0, 4, "本年支出", "TH", cs=3)
    g.put(0, 7, "年末结转和结余", "TH", rs=2)
    for c, h in enumerate(["科目编码", "科目名称"]):
        g.put(1, c, h, "TH")
    for c, h in enumerate(["小计", "基本支出", "项目支出"]):
        g.put(1, 4 + c, h, "TH")
    g.put(2, 0, "栏次", "TC", cs=2)
    for i in range(6):
        g.put(2, 2 + i, str(i + 1), "TC")
    g.put(3, 0, "合计", "TH", cs=2)
    g.nrows = 7
    return g


def t8():
    g = Grid([2.0, 6.5, 2.833, 2.833, 2.834])
    g.put(0, 0, "项目", "TH", cs=2)
    g.put(0, 2, "本年支出", "TH", cs=3)
    for c, h in enumerate(["科目编码", "科目名称", "合计", "基本支出", "项目支出"]):
        g.put(1, c, h, "TH")
    g.put(2, 0, "栏次", "TC", cs=2)
    for i in range(3):
        g.put(2, 2 + i, str(i + 1), "TC")
    g.put(3, 0, "合计", "TH", cs=2)
    g.nrows = 7
    return g


def t9():
    g = Grid([25.7 / 12] * 12, size="9")
    g.put(0, 0, "预算数", "TH", cs=6)
    g.put(0, 6, "决算数", "TH", cs=6)
    for off in (0, 6):
        g.put(1, off + 0, "合计", "TH", rs=2)
        g.put(1, off + 1, "因公出国（境）费", "TH", rs=2)
        g.put(1, off + 2, "公务用车购置及运行维护费", "TH", cs=3)
        g.put(1, off + 5, "公务接待费", "TH", rs=2)
        g.put(2, off + 2, "小计", "TH")
        g.put(2, off + 3, "公务用车购置费", "TH")
        g.put(2, off + 4, "公务用车运行维护费", "TH")
    for i in range(12):
        g.put(3, i, str(i + 1), "TC")
        g.put(4, i, "0.00", "TN")
    return g


# ---------------------------------------------------------------------------
# 6. Self-assessment table grid
# ---------------------------------------------------------------------------
def perf_grid(p):
    g = Grid([1.7, 1.5, 1.7, 3.0, 1.9, 1.9, 1.2, 1.5, 2.6], size="8")
    g.put(0, 0, "项目名称", "TH")
    g.put(0, 1, p["name"], "TD", cs=8)
    g.put(1, 0, "主管部门", "TH")
    g.put(1, 1, DEPT, "TD", cs=3)
    g.put(1, 4, "项目实施单位", "TH", cs=2)
    g.put(1, 6, IMPL, "TD", cs=3)
    g.put(2, 0, "项目类别", "TH")
    g.put(2, 1, p["cat"], "TD", cs=8)
    g.put(3, 0, "项目属性", "TH")
    g.put(3, 1, p["attr"], "TD", cs=8)
    g.put(4, 0, "项目类型", "TH")
    g.put(4, 1, p["typ"], "TD", cs=8)
    # 项目资金（万元）
    g.put(5, 0, "项目资金\n（万元）", "TH", rs=5)
    g.put(5, 1, "", "TH", cs=2)
    for c, h in enumerate(["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]):
        g.put(5, 3 + c, h, "TH")
    g.put(6, 1, "年度资金总额", "TD", cs=2)
    g.put(6, 3, "", "TN")
    g.put(6, 4, p["a"], "TN")
    g.put(6, 5, p["b"], "TN")
    g.put(6, 7, p["rate"], "TN")
    g.put(7, 1, "其中：当年财政拨款", "TD", cs=2)
    g.put(8, 1, "上年结转资金", "TD", cs=2)
    g.put(9, 1, "其他资金", "TD", cs=2)
    # 年度总体目标
    g.put(10, 0, "年度总体\n目标", "TH", rs=2)
    g.put(10, 1, "预期目标", "TH", cs=4)
    g.put(10, 5, "实际完成情况", "TH", cs=4)
    g.put(11, 1, "", "TD", cs=4)
    g.put(11, 5, "", "TD", cs=4)
    # 绩效指标
    n3 = sum(len(l3s) for _, l2s in p["ind"] for _, l3s in l2s)
    g.put(12, 0, "绩效指标", "TH", rs=n3 + 1)
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）",
                           "分值", "得分", "偏差原因分析及改进措施"]):
        g.put(12, 1 + c, h, "TH")
    r = 13
    for l1, l2s in p["ind"]:
        n1 = sum(len(l3s) for _, l3s in l2s)
        g.put(r, 1, l1, "TC", rs=n1)
        for l2, l3s in l2s:
            g.put(r, 2, l2, "TC", rs=len(l3s))
            for l3, tgt, act in l3s:
                g.put(r, 3, l3)
                g.put(r, 4, tgt, "TC")
                g.put(r, 5, act, "TC")
                r += 1
    g.put(r, 0, "偏差大或目标未完成原因分析", "TH", cs=3)
    g.put(r, 3, p["reason"], "TD", cs=6)
    g.put(r + 1, 0, "改进措施及结果应用方案", "TH", cs=3)
    g.put(r + 1, 3, p["improve"], "TD", cs=6)
    g.put(r + 2, 0, "总分", "TH", cs=6)
    return g


# ---------------------------------------------------------------------------
# 7. Document assembly
# ---------------------------------------------------------------------------
TABLE_HEADINGS = {
    "一、收入支出决算总表": ("收入支出决算总表", "t1"),
    "二、收入决算表": ("收入决算表", "t2"),
    "三、支出决算表": ("支出决算表", "t3"),
    "四、财政拨款收入支出决算总表": ("财政拨款收入支出决算总表", "t4"),
    "五、一般公共预算财政拨款支出决算表": ("一般公共预算财政拨款支出决算表", "t5"),
    "六、一般公共预算财政拨款基本支出决算明细表": ("一般公共预算财政拨款基本支出决算明细表", "t6"),
    "七、政府性基金预算财政拨款收入支出决算表": ("政府性基金预算财政拨款收入支出决算表", "t7"),
    "八、国有资本经营预算财政拨款支出决算表": ("国有资本经营预算财政拨款支出决算表", "t8"),
    "九、财政拨款“三公”经费支出决算表": ("财政拨款“三公”经费支出决算表", "t9"),
}


def classify(p, part):
    if re.match(r"^第[一二三四五六七八九十]+部分", p):
        return "H1"
    if re.match(r"^附件[一二三四五六七八九十]+、", p):
        return "H1b"
    if re.match(r"^图\s*\d+：", p):
        return "Caption"
    if re.match(r"^[一二三四五六七八九十]+、", p) and len(p) <= 40:
        return "H2"
    if part != "第五部分" and re.match(r"^[（(][一二三四五六七八九十]+[）)]", p) and len(p) <= 32 and "：" not in p:
        return "H3"
    if re.match(r"^(\d+[\.、]|（\d+）)", p) and len(p) <= 30 and not p.endswith("。"):
        return "H4"
    return "Body"


def build_styles():
    S = []
    S.append('<style:default-style style:family="paragraph"><style:paragraph-properties '
             'style:writing-mode="lr-tb" fo:hyphenation-ladder-count="no-limit"/>'
             '<style:text-properties style:font-name="%s" fo:font-size="12pt" style:font-name-asian="%s" '
             'style:font-size-asian="12pt" style:font-name-complex="%s" fo:language="en" fo:country="US" '
             'style:language-asian="zh" style:country-asian="CN"/></style:default-style>' % (SERIF, SERIF, SERIF))
    S.append('<style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/></style:default-style>')

    def ps(name, font, size, bold=False, align="justify", indent="0cm", lh="150%", mt="0cm", mb="0cm",
           extra="", tabs="", keep=False):
        k = ' fo:keep-with-next="always"' if keep else ""
        S.append('<style:style style:name="%s" style:family="paragraph" style:class="text">'
                 '<style:paragraph-properties fo:text-align="%s" fo:text-indent="%s" fo:line-height="%s" '
                 'fo:margin-top="%s" fo:margin-bottom="%s"%s%s>%s</style:paragraph-properties>%s</style:style>'
                 % (name, align, indent, lh, mt, mb, k, extra, tabs, tprops(font, size, bold)))
    ps("Standard", SERIF, 12)
    ps("Body", SERIF, 12, indent="0.85cm")
    ps("H1", SANS, 16, True, align="center", lh="150%", mt="0.3cm", mb="0.4cm", keep=True)
    ps("H1b", SANS, 14, True, align="center", lh="150%", mt="0.3cm", mb="0.3cm", keep=True)
    ps("H2", SANS, 13, True, align="start", indent="0.85cm", mt="0.2cm", mb="0.1cm", keep=True)
    ps("H3", SERIF, 12, True, align="start", indent="0.85cm", keep=True)
    ps("H4", SERIF, 12, align="start", indent="0.85cm", keep=True)
    ps("Caption", SANS, 10.5, align="center", lh="130%", mt="0.1cm", mb="0.2cm")
    ps("TableTitle", SANS, 15, True, align="center", lh="130%", mt="0.3cm", mb="0.3cm", keep=True)
    ps("AnnexNo", SANS, 11, align="start", lh="130%", keep=True)
    ps("Small", SANS, 9, align="start", lh="130%")
    ps("Note", SANS, 9, align="start", lh="130%", mt="0.15cm")
    ps("UnitP", SANS, 9, align="start", lh="130%", keep=True,
       tabs='<style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>')
    ps("UnitL", SANS, 9, align="start", lh="130%", keep=True,
       tabs='<style:tab-stops><style:tab-stop style:position="25.7cm" style:type="right"/></style:tab-stops>')
    ps("Footer", SERIF, 10.5, align="center", lh="100%")
    ps("CoverTitle", SANS, 20, True, align="center", lh="180%")
    ps("CoverSub", SANS, 14, align="center", lh="150%")
    ps("TocTitle", SANS, 18, True, align="center", lh="150%", mt="0.5cm", mb="0.6cm")
    dots = ('<style:tab-stops><style:tab-stop style:position="%s" style:type="right" '
            'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>')
    ps("Toc1", SANS, 12, True, align="start", lh="150%", tabs=dots % "17cm")
    ps("Toc2", SERIF, 11, align="start", lh="140%", extra=' fo:margin-left="0.85cm"', tabs=dots % "16.15cm")
    for size in ("7", "8", "9"):
        sz = {"7": 7.5, "8": 8, "9": 9.5}[size]
        for kind, align, bold in (("TH", "center", True), ("TD", "start", False),
                                  ("TN", "end", False), ("TC", "center", False)):
            ps(kind + size, SANS, sz, bold, align=align, lh="115%")
    return "".join(S)


def build_auto_styles():
    A = []
    foot = ('<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
            'fo:margin-top="0.3cm"/></style:footer-style>')
    A.append('<style:page-layout style:name="pmPortrait"><style:page-layout-properties fo:page-width="21cm" '
             'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.2cm" '
             'fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/>%s</style:page-layout>' % foot)
    A.append('<style:page-layout style:name="pmLandscape"><style:page-layout-properties fo:page-width="29.7cm" '
             'fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" '
             'fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/>%s</style:page-layout>' % foot)
    A.append('<style:page-layout style:name="pmCover"><style:page-layout-properties fo:page-width="21cm" '
             'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.5cm" '
             'fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>')
    A.append('<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
             'fo:border="0.5pt solid #000000" fo:padding-left="0.06cm" fo:padding-right="0.06cm" '
             'fo:padding-top="0.02cm" fo:padding-bottom="0.02cm" style:vertical-align="middle"/></style:style>')
    for size, h in (("7", "0.40cm"), ("8", "0.48cm"), ("9", "0.75cm")):
        A.append('<style:style style:name="Row%s" style:family="table-row"><style:table-row-properties '
                 'style:min-row-height="%s" fo:keep-together="always"/></style:style>' % (size, h))

    def brk(name, parent, master=None, page_number=None, before=None):
        attrs = ""
        if master:
            attrs += ' style:master-page-name="%s"' % master
        pp = ""
        if page_number:
            pp += ' style:page-number="%s"' % page_number
        if before:
            pp += ' fo:break-before="%s"' % before
        A.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s"%s>'
                 '<style:paragraph-properties%s/></style:style>' % (name, parent, attrs, pp))
    brk("CoverStart", "CoverTitle", master="Cover")
    brk("TocStart", "TocTitle", before="page")
    brk("H1First", "H1", master="Standard", page_number="1")
    brk("H1Page", "H1", master="Standard")
    brk("H1bPage", "H1b", before="page")
    brk("H2Page", "H2", before="page")
    brk("H2Land", "H2", master="Landscape")
    brk("AnnexNoPage", "AnnexNo", before="page")
    return A


def master_styles():
    foot = ('<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1'
            '</text:page-number> —</text:p></style:footer>')
    return ('<office:master-styles>'
            '<style:master-page style:name="Standard" style:page-layout-name="pmPortrait">%s</style:master-page>'
            '<style:master-page style:name="Landscape" style:page-layout-name="pmLandscape">%s</style:master-page>'
            '<style:master-page style:name="Cover" style:page-layout-name="pmCover"/>'
            '</office:master-styles>' % (foot, foot))


def build_document(seed_text, toc_pages=None):
    lines = seed_text.split("\n")
    seed_norm = norm(seed_text)
    verify_perf(seed_norm)
    m = build_model()

    ent = re.search(r"单位名称：\s*(\S+)", seed_text)
    entity = ent.group(1) if ent else ENTITY_DEFAULT
    yr = re.search(r"第二部分\s*(\d{4})年度部门决算表", seed_text)
    year = yr.group(1) if yr else "2023"

    annex2 = next(i for i, l in enumerate(lines) if l.strip().startswith("附件二、"))
    paras = join_paragraphs(lines[:annex2])
    annex2_title = lines[annex2].strip()

    auto = build_auto_styles()
    body = []
    # cover
    body.append('<text:p text:style-name="CoverStart"/>' * 1)
    for _ in range(6):
        body.append(P("CoverTitle", ""))
    body.append('<text:p text:style-name="CoverTitle">%s<text:line-break/>%s</text:p>'
                % (odf_text(entity), odf_text(year + "年度部门决算")))
    # 目录
    toc = []  # (level, text)
    part = None
    for p in paras:
        if re.match(r"^第[一二三四五六七八九十]+部分", p):
            part = p[:4]
            toc.append((1, p))
        elif part == "第一部分" and re.match(r"^[一二]、", p):
            toc.append((2, p))
        elif p in TABLE_HEADINGS:
            toc.append((2, p))
        elif p.startswith("附件一、"):
            toc.append((2, p))
    toc.append((2, annex2_title))
    for pr in PERF:
        toc.append((3, pr["no"] + "  " + pr["title"]))
    body.append(P("TocStart", "目  录"))
    for i, (lvl, t) in enumerate(toc):
        num = ""
        if toc_pages and i < len(toc_pages) and toc_pages[i]:
            num = str(toc_pages[i])
        style = "Toc1" if lvl == 1 else "Toc2"
        body.append('<text:p text:style-name="%s">%s<text:tab/>%s</text:p>' % (style, odf_text(t), num))

    # narrative with the nine tables
    part = None
    first_table = True
    for p in paras:
        kind = classify(p, part)
        if kind == "H1":
            part = p[:4]
            body.append(P("H1First" if part == "第一部分" else "H1Page", p))
            continue
        if p in TABLE_HEADINGS:
            title, fn = TABLE_HEADINGS[p]
            if fn == "t9":
                body.append(P("H2Land", p))
            elif first_table:
                body.append(P("H2", p))
            else:
                body.append(P("H2Page", p))
            first_table = False
            body.append(P("TableTitle", title))
            unit_style = "UnitL" if fn == "t9" else "UnitP"
            body.append(P(unit_style, "部门：%s\t单位：万元" % entity))
            grid = {"t1": lambda: t1(m), "t2": lambda: t2(m), "t3": lambda: t3(m), "t4": lambda: t4(m),
                    "t5": lambda: t5(m), "t6": lambda: t6(m), "t7": t7, "t8": t8, "t9": t9}[fn]()
            body.append(grid.xml(auto))
            if fn == "t7":
                body.append(P("Note", "说明：本单位%s年度没有政府性基金预算财政拨款收入和支出，故本表无数据。" % year))
            if fn == "t8":
                body.append(P("Note", "说明：本单位%s年度没有国有资本经营预算财政拨款支出，故本表无数据。" % year))
            continue
        if kind == "H1b":
            body.append(P("H1b", p))
            continue
        body.append(P(kind, p))

    # 附件二 with the six self-assessment tables
    body.append(P("H1bPage", annex2_title))
    for i, pr in enumerate(PERF):
        body.append(P("AnnexNo" if i == 0 else "AnnexNoPage", pr["no"]))
        body.append(P("TableTitle", pr["title"]))
        body.append(P("Small", "单位名称：" + entity))
        body.append(P("Small", DATE))
        body.append(perf_grid(pr).xml(auto))
        for n in PERF_NOTES:
            body.append(P("Small", n))

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    title = entity + year + "年度部门决算"
    doc = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' % ns,
           '<office:meta><dc:title>%s</dc:title><dc:language>zh-CN</dc:language></office:meta>' % escape(title),
           '<office:font-face-decls>'
           '<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
           '<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
           '</office:font-face-decls>' % (SERIF, SERIF, SANS, SANS),
           '<office:styles>', build_styles(), '</office:styles>',
           '<office:automatic-styles>', "".join(auto), '</office:automatic-styles>',
           master_styles(),
           '<office:body><office:text>', "\n".join(body), '</office:text></office:body></office:document>\n']
    return "".join(doc), toc


# ---------------------------------------------------------------------------
# 8. Conversion
# ---------------------------------------------------------------------------
def convert(fodt_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found")
    profile = tempfile.mkdtemp(prefix="lo_seed_profile_")
    try:
        subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", OUT_DIR, fodt_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    produced = os.path.join(OUT_DIR, os.path.splitext(os.path.basename(fodt_path))[0] + ".pdf")
    os.replace(produced, PDF)


def find_toc_pages(toc):
    """Locate every TOC entry in the PDF (document order) and read the printed
    footer number "— N —" of its page."""
    if not shutil.which("pdftotext"):
        return None
    txt = subprocess.run(["pdftotext", "-layout", PDF, "-"], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    pages = txt.split("\f")
    res, start = [], 2  # skip cover and 目录
    for _, t in toc:
        key = norm(t)
        found = None
        for i in range(start, len(pages)):
            if key in norm(pages[i]):
                found = i
                break
        if found is None:
            res.append(None)
            continue
        start = found
        mm = re.search(r"—\s*(\d+)\s*—", pages[found])
        res.append(int(mm.group(1)) if mm else None)
    return res


def main(argv):
    seed = argv[1] if len(argv) > 1 else DEFAULT_SEED
    with open(seed, encoding="utf-8") as f:
        seed_text = f.read()
    os.makedirs(OUT_DIR, exist_ok=True)
    doc, toc = build_document(seed_text)
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)
    convert(FODT)
    pages = find_toc_pages(toc)
    if pages:
        doc, _ = build_document(seed_text, pages)
        with open(FODT, "w", encoding="utf-8") as f:
            f.write(doc)
        convert(FODT)
        again = find_toc_pages(toc)
        if again != pages:
            print("warning: TOC page numbers moved in pass 2: %r -> %r" % (pages, again), file=sys.stderr)
    print("wrote %s and %s" % (os.path.relpath(FODT, REPO), os.path.relpath(PDF, REPO)))


if __name__ == "__main__":
    main(sys.argv)
