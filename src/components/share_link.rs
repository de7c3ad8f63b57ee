//! "Copy a link to this calculation". The link stands in a read-only field beside the button;
//! the button puts it on the clipboard where the browser allows that, and otherwise selects
//! the field's text, ready to copy by hand (an iframe without clipboard rights, an old browser).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::i18n::Lang;

#[derive(Properties, PartialEq, Clone)]
pub struct ShareLinkProps {
    /// The link that restores the current view.
    pub url: AttrValue,
    pub lang: Lang,
}

/// What the last press of the button did, and for which link (a new link clears it).
#[derive(Clone, PartialEq)]
enum Copied {
    Yes(AttrValue),
    Refused(AttrValue),
}

#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let t = props.lang.texts();
    let copied = use_state(|| None::<Copied>);
    let field = use_node_ref();

    let on_click = {
        let (copied, field, url) = (copied.clone(), field.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, field, url) = (copied.clone(), field.clone(), url.clone());
            yew::platform::spawn_local(async move {
                if browser::copy_text(&url).await {
                    copied.set(Some(Copied::Yes(url)));
                } else {
                    if let Some(input) = field.cast::<HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    }
                    copied.set(Some(Copied::Refused(url)));
                }
            });
        })
    };
    let status = match &*copied {
        Some(Copied::Yes(url)) if *url == props.url => t.link_copied,
        Some(Copied::Refused(url)) if *url == props.url => t.copy_manually,
        _ => "",
    };

    html! {
        <div class="share">
            <label class="visually-hidden" for="share-url">{ t.copy_link }</label>
            <input id="share-url" ref={field} class="share__url" type="text" readonly=true value={props.url.clone()} />
            <button id="copy-link" type="button" class="button button--quiet" onclick={on_click}>
                { t.copy_link }
            </button>
            <p class="share__status" aria-live="polite">{ status }</p>
        </div>
    }
}
