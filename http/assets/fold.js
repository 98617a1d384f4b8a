// fold.js opens the folded sections of a page on a wide screen: a story's
// long sections and the home page's filters.
// The server folds a long section (quotes, events, sources …) so that a
// phone first shows the story's outline; a desktop has the room to show
// them all, and each stays foldable under its heading. Without script
// the page is the phone's: every section one click away. CSS cannot do
// this: a section's open state is the open attribute of its <details>,
// which a stylesheet can restyle but not set, and showing a closed
// section's content would tell assistive technology it is collapsed.
'use strict';
if (window.matchMedia('(min-width: 701px)').matches) {
  for (const d of document.querySelectorAll('details.fold:not([open])')) {
    d.open = true;
  }
}
