-- Equipment the region gives (issue 14): a campaign's catalogue at fixed
-- prices incl. VAT, orders by labelled EPN under the campaign's cap, the
-- delivered items as assets that stay the region's for four years, then
-- are the EPN's. Rules in domain::equipment; amounts in integer cents,
-- dates ISO 'YYYY-MM-DD' text, instants unix seconds.

CREATE TABLE equipment_campaigns (
    id {{ID}},
    key TEXT NOT NULL,
    year INTEGER NOT NULL,
    cap_cents BIGINT NOT NULL,
    delivery_note TEXT NOT NULL,
    source TEXT,
    created_at BIGINT NOT NULL,
    CONSTRAINT equipment_campaigns_key_key UNIQUE (key),
    CONSTRAINT equipment_campaigns_cap_check CHECK (cap_cents > 0)
);

-- `kind`: item, variant (of another item) or supplement (to another item).
CREATE TABLE equipment_items (
    campaign_id BIGINT NOT NULL REFERENCES equipment_campaigns(id),
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    category TEXT NOT NULL,
    kind TEXT NOT NULL,
    of_code TEXT,
    description TEXT NOT NULL,
    unit_cents BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, code),
    CONSTRAINT equipment_items_price_check CHECK (unit_cents > 0)
);

-- An order of a place (a labelled EPN) in a campaign: `status` submitted,
-- approved, refused, delivered. Its lines keep the unit price of the day.
CREATE TABLE equipment_orders (
    id {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES equipment_campaigns(id),
    place_id BIGINT NOT NULL REFERENCES places(id),
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT,
    delivery_address TEXT NOT NULL,
    status TEXT NOT NULL,
    total_cents BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT equipment_orders_status_check CHECK (status IN ('submitted', 'approved', 'refused', 'delivered'))
);
CREATE INDEX equipment_orders_place_idx ON equipment_orders (campaign_id, place_id);

CREATE TABLE equipment_order_lines (
    order_id BIGINT NOT NULL REFERENCES equipment_orders(id),
    item_code TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_cents BIGINT NOT NULL,
    PRIMARY KEY (order_id, item_code),
    CONSTRAINT equipment_order_lines_check CHECK (quantity > 0 AND unit_cents > 0)
);

-- Every status an order took, with who, when and why.
CREATE TABLE equipment_order_events (
    id {{ID}},
    order_id BIGINT NOT NULL REFERENCES equipment_orders(id),
    status TEXT NOT NULL,
    note TEXT,
    user_id BIGINT REFERENCES users(id),
    at BIGINT NOT NULL
);

-- A delivered unit: its serial number, where it is, who owns it (the
-- region until `transfer_on`, domain::equipment::asset::transfer_date of
-- `delivered_on`), its state: in_use, broken, lost, transferred.
CREATE TABLE equipment_assets (
    id {{ID}},
    order_id BIGINT NOT NULL REFERENCES equipment_orders(id),
    item_code TEXT NOT NULL,
    serial TEXT NOT NULL,
    place_id BIGINT NOT NULL REFERENCES places(id),
    delivered_on TEXT NOT NULL,
    transfer_on TEXT NOT NULL,
    state TEXT NOT NULL,
    CONSTRAINT equipment_assets_serial_key UNIQUE (serial),
    CONSTRAINT equipment_assets_state_check CHECK (state IN ('in_use', 'broken', 'lost', 'transferred'))
);
CREATE INDEX equipment_assets_transfer_idx ON equipment_assets (transfer_on);

-- What happened to an asset: delivered, moved (to `place_id`), broken,
-- repaired, lost, transferred — on which day, recorded by whom.
CREATE TABLE equipment_asset_events (
    id {{ID}},
    asset_id BIGINT NOT NULL REFERENCES equipment_assets(id),
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    place_id BIGINT REFERENCES places(id),
    note TEXT,
    user_id BIGINT REFERENCES users(id),
    at BIGINT NOT NULL
);
CREATE INDEX equipment_asset_events_idx ON equipment_asset_events (asset_id, id);
