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

  // On a shared tablet (a survey's kiosk link) the survey goes back to its start after a period
  // without input, so the next person never sees the last person's answers.
  function resetKioskWhenIdle() {
    var marker = document.querySelector('[data-kiosk-reset]');
    if (!marker) {
      return;
    }
    var address = marker.getAttribute('data-kiosk-reset');
    var seconds = parseInt(marker.getAttribute('data-kiosk-idle'), 10) || 180;
    var timer;
    function restart() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        window.location.assign(address);
      }, seconds * 1000);
    }
    ['keydown', 'pointerdown', 'input', 'scroll', 'touchstart'].forEach(function (event) {
      document.addEventListener(event, restart, {passive: true});
    });
    restart();
  }

  function enhance() {
    addReadAloudButtons();
    resetKioskWhenIdle();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
}());
