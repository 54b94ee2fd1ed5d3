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

  // A visible count of the characters left under a text area with data-maxlength; the limit is also
  // in the field's hint, for pages without this file.
  function addCharacterCounters() {
    document.querySelectorAll('textarea[data-maxlength][data-counter]').forEach(function (area) {
      var max = parseInt(area.getAttribute('data-maxlength'), 10);
      var counter = document.createElement('span');
      counter.className = 'form-hint borgerstemme-counter';
      counter.id = area.id + '-counter';
      counter.setAttribute('aria-live', 'polite');
      function update() {
        counter.textContent = area.getAttribute('data-counter').replace('{0}', String(max - area.value.length));
      }
      area.addEventListener('input', update);
      update();
      area.parentNode.insertBefore(counter, area.nextSibling);
    });
  }

  // A search field above a long select marked data-filterable: typing hides the options that do
  // not match. The select itself keeps working by keyboard and without this file.
  function addSelectFilters() {
    document.querySelectorAll('select[data-filterable]').forEach(function (select) {
      var wrapper = document.createElement('div');
      wrapper.className = 'form-group borgerstemme-filter';
      var label = document.createElement('label');
      label.className = 'form-label';
      label.htmlFor = select.id + '-filter';
      label.textContent = select.getAttribute('data-filter-label');
      var hint = document.createElement('span');
      hint.className = 'form-hint';
      hint.id = select.id + '-filter-hint';
      hint.textContent = select.getAttribute('data-filter-hint');
      var input = document.createElement('input');
      input.type = 'search';
      input.className = 'form-input';
      input.id = select.id + '-filter';
      input.setAttribute('aria-describedby', hint.id);
      input.setAttribute('aria-controls', select.id);
      input.autocomplete = 'off';
      input.addEventListener('input', function () {
        var term = input.value.trim().toLowerCase();
        select.querySelectorAll('option').forEach(function (option) {
          var group = option.parentNode.tagName === 'OPTGROUP' ? option.parentNode.label.toLowerCase() : '';
          option.hidden = term !== '' && option.value !== '' && option.value !== 'ved-ikke'
            && option.textContent.toLowerCase().indexOf(term) < 0 && group.indexOf(term) < 0;
        });
      });
      wrapper.appendChild(label);
      wrapper.appendChild(hint);
      wrapper.appendChild(input);
      select.parentNode.parentNode.insertBefore(wrapper, select.parentNode);
    });
  }

  function enhance() {
    addReadAloudButtons();
    resetKioskWhenIdle();
    addCharacterCounters();
    addSelectFilters();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
}());
