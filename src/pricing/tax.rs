//! Tax views: LINE lists prices tax excluded (未稅); the account holder pays them plus 5% 營業稅 in Taiwan.
//!
//! The tax-included amount is `amount × (1 + rate)` exactly. Inverses from a tax-included budget compare these
//! exact products with the budget, never a budget divided by 1.05, so no division rounding can creep in.

use rust_decimal::Decimal;

use super::limits::{add, check_amount, product, PricingError};
use super::schedule::TaxRule;

/// Which side of the tax an amount is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TaxView {
    /// As LINE lists prices (未稅).
    #[default]
    Excluded,
    /// What is paid, tax added (含稅).
    Included,
}

impl TaxRule {
    /// The tax-excluded `amount` as seen in `view`: unchanged for [`TaxView::Excluded`], `amount × (1 + rate)`
    /// exactly for [`TaxView::Included`].
    ///
    /// ```
    /// use line_oa_calc::pricing::{schedule_by_id, TaxView};
    /// use rust_decimal::Decimal;
    /// let tax = &schedule_by_id("tw-2023-09").unwrap().tax;
    /// assert_eq!(tax.apply(Decimal::from(200), TaxView::Included), Ok(Decimal::from(210)));
    /// assert_eq!(tax.apply(Decimal::from(200), TaxView::Excluded), Ok(Decimal::from(200)));
    /// ```
    pub fn apply(&self, amount: Decimal, view: TaxView) -> Result<Decimal, PricingError> {
        match view {
            TaxView::Excluded => Ok(amount),
            TaxView::Included => product(amount, self.factor()?),
        }
    }

    /// The tax on a tax-excluded `amount` (`amount × rate`).
    ///
    /// ```
    /// use line_oa_calc::pricing::schedule_by_id;
    /// use rust_decimal::Decimal;
    /// let tax = &schedule_by_id("tw-2023-09").unwrap().tax;
    /// assert_eq!(tax.tax_on(Decimal::from(1_200)), Ok(Decimal::from(60)));
    /// ```
    pub fn tax_on(&self, amount: Decimal) -> Result<Decimal, PricingError> {
        product(amount, check_amount(self.rate)?)
    }

    /// `1 + rate`; a negative rate (only possible in unvalidated data) is an error.
    fn factor(&self) -> Result<Decimal, PricingError> {
        add(Decimal::ONE, check_amount(self.rate)?)
    }
}
