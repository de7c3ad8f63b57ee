//! The month planner's strings, in their own struct so the planner can change without touching [`super::Texts`].

use super::{Lang, Template};

declare_texts! {
    pub struct PlannerTexts {
        /// Between two sentences: a space in English, nothing after 。 in Chinese and Japanese.
        gap: spacing,
        title: plain,
        intro: plain,
        plan_label: plain,
        used_label: plain,
        used_placeholder: plain,
        cap_label: plain,
        cap_placeholder: plain,
        date_label: plain,
        bad_date: plain,
        no_schedule: plain,
        /// (most the plan can send this month)
        beyond_plan: template(1),
        /// (date, days counted, schedule name): what the count covers and whose prices.
        counted: template(3),
        /// On the 1st: why there is no projection.
        first_day: plain,
        /// (projected month)
        projected: template(1),
        /// (included messages, date): they run out that day / ran out that day.
        runs_out: template(2),
        ran_out: template(2),
        then_stops: plain,
        then_addons: plain,
        /// (cap, date)
        cap_runs_out: template(2),
        lasts: plain,
        /// (amount): the month as the plan is set.
        month_cost: template(1),
        options_title: plain,
        /// (fewer, left)
        fewer: template(2),
        /// (friends, broadcasts fewer, broadcasts left)
        fewer_broadcasts: template(3),
        /// (cap, amount)
        set_cap: template(2),
        /// (plan name)
        upgrade: template(1),
        rule_top_up: plain,
        rule_prorated: plain,
        not_confirmed: plain,
        /// (amount)
        this_month: template(1),
        next_month: template(1),
        estimate: plain,
        cheapest: plain,
        not_whole_month: plain,
        /// (the other option)
        tie: template(1),
        /// (plan name): the option of keeping the plan with a cap.
        keep_plan: template(1),
    }
}

impl Lang {
    pub fn planner(self) -> &'static PlannerTexts {
        match self {
            Lang::ZhTw => &ZH_TW,
            Lang::En => &EN,
            Lang::Ja => &JA,
        }
    }
}

pub const ZH_TW: PlannerTexts = PlannerTexts {
    gap: "",
    title: "本月訊息規劃",
    intro:
        "輸入 LINE 後台顯示的本月已發送則數，看看免費訊息會不會用完、哪天用完，以及最省的因應方式。",
    plan_label: "目前方案",
    used_label: "本月已發送",
    used_placeholder: "例：2,220",
    cap_label: "加購上限（選填）",
    cap_placeholder: "未設定",
    date_label: "日期",
    bad_date: "請選擇日期（YYYY-MM-DD）。",
    no_schedule: "這一天沒有此地區的價格資料。",
    beyond_plan: Template("超過此方案本月最多可發送的 {0} 則。"),
    counted: Template("{0} 的後台則數涵蓋本月 {1} 天（每日 00:00 更新）；價格：{2}。"),
    first_day: "今天是 1 日：後台的本月則數還沒涵蓋任何一天，無法推估本月用量。明天再來看看。",
    projected: Template("照目前速度，本月約發送 {0} 則。"),
    runs_out: Template("{0} 則免費訊息約在 {1} 用完。"),
    ran_out: Template("{0} 則免費訊息約在 {1} 已用完。"),
    then_stops: "之後無法再群發。",
    then_addons: "之後開始計算加購訊息。",
    cap_runs_out: Template("加購上限 {0} 則約在 {1} 用完，之後停止發送。"),
    lasts: "免費訊息足夠本月使用。",
    month_cost: Template("照目前設定，本月 {0}。"),
    options_title: "完成本月的方法",
    fewer: Template("少發 {0} 則：本月還能發 {1} 則。"),
    fewer_broadcasts: Template("以 {0} 位好友計：少 {1} 次全體群發，還能全體群發 {2} 次。"),
    set_cap: Template("在「變更上限」設加購上限 {0} 則，金額上限 {1}。"),
    upgrade: Template("現在升級為{0}"),
    rule_top_up: "立即生效，補滿免費訊息並收取月費差額。",
    rule_prorated: "立即生效，當月月費與免費訊息依剩餘天數按日計算。",
    not_confirmed: "未經確認：本月金額不提供。",
    this_month: Template("本月 {0}"),
    next_month: Template("次月起 {0}"),
    estimate: "估計",
    cheapest: "最省",
    not_whole_month: "發不完本月",
    tie: Template("與「{0}」同價；選免費訊息較多者。"),
    keep_plan: Template("維持{0}"),
};

pub const EN: PlannerTexts = PlannerTexts {
    gap: " ",
    title: "Month planner",
    intro: "Enter this month's count from LINE's manager to see whether the included messages run out, on which day, and the cheapest way to finish the month.",
    plan_label: "Current plan",
    used_label: "Sent this month",
    used_placeholder: "e.g. 2,220",
    cap_label: "Add-on cap (optional)",
    cap_placeholder: "not set",
    date_label: "Date",
    bad_date: "Pick a date (YYYY-MM-DD).",
    no_schedule: "No prices for this region on that date.",
    beyond_plan: Template("More than the {0} messages this plan can send this month."),
    counted: Template("The manager's count on {0} covers {1} days of this month (updated daily at 00:00); prices: {2}."),
    first_day: "It is the 1st: the manager's count covers no day of this month yet, so there is nothing to project. Come back tomorrow.",
    projected: Template("At this pace the month comes to about {0} messages."),
    runs_out: Template("The {0} included messages run out around {1}."),
    ran_out: Template("The {0} included messages ran out around {1}."),
    then_stops: "After that, broadcasts stop.",
    then_addons: "After that, add-on messages are billed.",
    cap_runs_out: Template("The add-on cap of {0} runs out around {1}; sending stops then."),
    lasts: "The included messages last the month.",
    month_cost: Template("As set, this month costs {0}."),
    options_title: "Ways to finish the month",
    fewer: Template("Send {0} fewer: {1} can still go out this month."),
    fewer_broadcasts: Template("With {0} friends: {1} fewer broadcasts to all; {2} left."),
    set_cap: Template("In Billing → Change limit, set the add-on cap to {0} messages; the amount cap reads {1}."),
    upgrade: Template("Upgrade to {0} now"),
    rule_top_up: "Takes effect at once: the month is topped up to the new plan's included messages and the fee difference is billed.",
    rule_prorated: "Takes effect at once: this month's fee and included messages are prorated by the days left.",
    not_confirmed: "Not confirmed: no amount for this month.",
    this_month: Template("This month {0}"),
    next_month: Template("From next month {0}"),
    estimate: "estimate",
    cheapest: "Cheapest",
    not_whole_month: "Does not send the whole month",
    tie: Template("Costs the same as “{0}”; this one leaves more included messages."),
    keep_plan: Template("Keep {0}"),
};

pub const JA: PlannerTexts = PlannerTexts {
    gap: "",
    title: "今月の配信プランナー",
    intro: "LINEの管理画面に表示される今月の配信数を入れると、無料メッセージが尽きるか、何日に尽きるか、今月を乗り切るいちばん安い方法がわかります。",
    plan_label: "現在のプラン",
    used_label: "今月の配信数",
    used_placeholder: "例：2,220",
    cap_label: "追加メッセージ上限（任意）",
    cap_placeholder: "未設定",
    date_label: "日付",
    bad_date: "日付を選んでください（YYYY-MM-DD）。",
    no_schedule: "その日付のこの地域の料金データはありません。",
    beyond_plan: Template("このプランで今月送れる{0}通を超えています。"),
    counted: Template("{0}の管理画面の配信数は今月の{1}日分です（毎日0:00更新）。料金：{2}。"),
    first_day: "今日は1日です。管理画面の今月の配信数はまだ1日分もないため、予測できません。明日もう一度どうぞ。",
    projected: Template("このペースでは今月は約{0}通です。"),
    runs_out: Template("無料メッセージ{0}通は{1}ごろに尽きます。"),
    ran_out: Template("無料メッセージ{0}通は{1}ごろに尽きました。"),
    then_stops: "その後は配信できません。",
    then_addons: "その後は追加メッセージが課金されます。",
    cap_runs_out: Template("追加メッセージ上限{0}通は{1}ごろに尽き、配信が止まります。"),
    lasts: "無料メッセージで今月は足ります。",
    month_cost: Template("今の設定で今月は{0}です。"),
    options_title: "今月を乗り切る方法",
    fewer: Template("{0}通減らす：今月あと{1}通送れます。"),
    fewer_broadcasts: Template("友だち{0}人として、全員への配信を{1}回減らし、あと{2}回。"),
    set_cap: Template("「上限を変更」で追加メッセージ上限を{0}通に設定（金額上限{1}）。"),
    upgrade: Template("今すぐ{0}に変更"),
    rule_top_up: "すぐに適用され、新プランの無料メッセージまで補われ、月額の差額が請求されます。",
    rule_prorated: "すぐに適用され、今月の月額と無料メッセージは残り日数で日割りされます。",
    not_confirmed: "未確認のため、今月の金額は示しません。",
    this_month: Template("今月 {0}"),
    next_month: Template("翌月から {0}"),
    estimate: "見積もり",
    cheapest: "最安",
    not_whole_month: "今月分を送りきれません",
    tie: Template("「{0}」と同額。無料メッセージが多い方です。"),
    keep_plan: Template("{0}のまま"),
};
