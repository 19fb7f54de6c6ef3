//! An EPN's order from the campaign's catalogue, under the cap per EPN
//! (10,000 EUR incl. VAT in 2021): the total as it is filled, refused above
//! the cap with the amount over it.

/// One line: an item's unit price incl. VAT and the quantity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub item: String,
    pub unit_cents: i64,
    pub quantity: u32,
}

/// The most of one item an order may hold (a typing mistake guard).
pub const MAX_QUANTITY: u32 = 500;

/// Why an order cannot be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderProblem {
    Empty,
    /// A quantity of 0 or above [`MAX_QUANTITY`].
    Quantity {
        item: String,
        quantity: u32,
    },
    /// Above the cap: by how many cents.
    OverCap {
        total_cents: i64,
        over_cents: i64,
    },
}

/// The order's total in cents.
pub fn total(lines: &[OrderLine]) -> i64 {
    lines
        .iter()
        .map(|l| l.unit_cents * i64::from(l.quantity))
        .sum()
}

/// Checks an order against the cap; Ok(total) when it may be sent.
pub fn check(lines: &[OrderLine], cap_cents: i64) -> Result<i64, Vec<OrderProblem>> {
    let mut problems = Vec::new();
    if lines.is_empty() {
        problems.push(OrderProblem::Empty);
    }
    for l in lines {
        if l.quantity == 0 || l.quantity > MAX_QUANTITY {
            problems.push(OrderProblem::Quantity {
                item: l.item.clone(),
                quantity: l.quantity,
            });
        }
    }
    let t = total(lines);
    if t > cap_cents {
        problems.push(OrderProblem::OverCap {
            total_cents: t,
            over_cents: t - cap_cents,
        });
    }
    if problems.is_empty() {
        Ok(t)
    } else {
        Err(problems)
    }
}
