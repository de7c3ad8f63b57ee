//! The views a link can name without a typed figure, each prerendered by the build as its own
//! fragment (`src/bin/prerender.rs`) so that `assets/view.js` can put the linked one in place
//! before the first paint.
//!
//! They are enumerated from the types (the languages, the regions with prices in force on the
//! build date, the scopes, and the tax and previous-prices switches), never from the rendered
//! page: renaming an element cannot change what is prerendered.

use crate::calculator::Scope;
use crate::i18n::Lang;
use crate::pricing::{self, CalendarDate};
use crate::share::UrlState;

/// Every linked view on one day, and how `assets/view.js` finds each one's fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedViews {
    /// Regions with a schedule in force that day, the default region first (`"TW"`).
    regions: Vec<&'static str>,
}

impl LinkedViews {
    /// The views of the prices in force on `today`.
    ///
    /// ```
    /// use line_oa_calc::linked_views::LinkedViews;
    /// use line_oa_calc::pricing::CalendarDate;
    /// let views = LinkedViews::on(CalendarDate::parse("2026-12-01").unwrap());
    /// // 3 languages × 3 regions × 2 scopes × (tax on/off) × (previous prices on/off)
    /// assert_eq!(views.all().count(), 72);
    /// assert_eq!(views.all().next().unwrap().0, "zh-TW-tw-monthly.html");
    /// assert_eq!(views.axes(), "zh-TW,en,ja tw,jp,th monthly,addon");
    /// ```
    pub fn on(today: CalendarDate) -> LinkedViews {
        LinkedViews {
            regions: pricing::schedules_in_force(today)
                .into_iter()
                .map(|schedule| &*schedule.region)
                .collect(),
        }
    }

    /// Each view's fragment file name and the URL state that shows it, the default view first.
    pub fn all(&self) -> impl Iterator<Item = (String, UrlState)> + '_ {
        const SWITCHES: [(bool, bool); 4] =
            [(false, false), (true, false), (false, true), (true, true)];
        Lang::ALL.into_iter().flat_map(move |lang| {
            self.regions.iter().flat_map(move |region| {
                Scope::ALL.into_iter().flat_map(move |scope| {
                    SWITCHES.into_iter().map(move |(tax, old)| {
                        let name = format!(
                            "{}-{}-{}{}{}.html",
                            lang.tag(),
                            region.to_ascii_lowercase(),
                            scope.tag(),
                            if tax { "-tax" } else { "" },
                            if old { "-old" } else { "" },
                        );
                        let url = UrlState {
                            lang: Some(lang),
                            region: Some((*region).to_owned()),
                            scope: Some(scope),
                            tax_included: tax,
                            compare_old: old,
                            ..UrlState::default()
                        };
                        (name, url)
                    })
                })
            })
        })
    }

    /// The languages, regions and scopes, each list comma-separated and default first, as
    /// `assets/view.js` reads them to build a fragment's name (`<meta name="line-oa-calc-views">`).
    pub fn axes(&self) -> String {
        let langs: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
        let regions: Vec<String> = self
            .regions
            .iter()
            .map(|region| region.to_ascii_lowercase())
            .collect();
        let scopes: Vec<&str> = Scope::ALL.iter().map(|scope| scope.tag()).collect();
        format!(
            "{} {} {}",
            langs.join(","),
            regions.join(","),
            scopes.join(",")
        )
    }
}
