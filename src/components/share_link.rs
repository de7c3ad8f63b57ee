//! "Copy a link to this calculation". The link stands in a read-only field beside the button;
//! the button puts it on the clipboard where the browser allows that, and otherwise selects
//! the field's text, ready to copy by hand (an iframe without clipboard rights, an old browser).

use yew::prelude::*;

use crate::browser;
use crate::i18n::Lang;

pub struct ShareLinkProps {
    /// The link that restores the current view.
    pub url: AttrValue,
    pub lang: Lang,
}

/// The link, the button and a polite status line. A plain function: the status is written
/// into its line by the button's handler, and the line is keyed by the link, so a new link
/// (any change of view) starts with an empty status. No component state, no hooks.
pub fn share_link(props: &ShareLinkProps) -> Html {
    let t = props.lang.texts();
    let on_click = {
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| {
            browser::copy_text(
                &url,
                Callback::from(move |copied: bool| {
                    let status = if copied {
                        t.link_copied
                    } else {
                        browser::select_text_of(SHARE_URL_ID);
                        t.copy_manually
                    };
                    browser::set_status_of(SHARE_STATUS_ID, status, !copied);
                }),
            );
        })
    };

    html! {
        <div class="share">
            <label class="visually-hidden" for={SHARE_URL_ID}>{ t.copy_link }</label>
            <input id={SHARE_URL_ID} class="share__url" type="text" readonly=true value={props.url.clone()} />
            <button id="copy-link" type="button" class="button button--quiet" onclick={on_click}>
                { t.copy_link }
            </button>
            <div>
                <p key={props.url.as_str()} id={SHARE_STATUS_ID} class="share__status" aria-live="polite"></p>
            </div>
        </div>
    }
}

const SHARE_URL_ID: &str = "share-url";
const SHARE_STATUS_ID: &str = "share-status";
