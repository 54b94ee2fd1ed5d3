// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // A "read aloud" button for each element marked data-read-aloud, spoken by the browser's own speech
  // synthesis in the page's language. Browsers without speech synthesis get no button.
  function addReadAloudButtons() {
    if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') {
      return;
    }
    var language = document.documentElement.lang || 'da';
    document.querySelectorAll('[data-read-aloud]').forEach(function (region) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-tertiary borgerstemme-read-aloud';
      button.textContent = region.getAttribute('data-read-aloud');
      button.addEventListener('click', function () {
        window.speechSynthesis.cancel();
        var utterance = new window.SpeechSynthesisUtterance(region.innerText);
        utterance.lang = language === 'en' ? 'en-GB' : 'da-DK';
        window.speechSynthesis.speak(utterance);
      });
      region.parentNode.insertBefore(button, region);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', addReadAloudButtons);
  } else {
    addReadAloudButtons();
  }
}());
