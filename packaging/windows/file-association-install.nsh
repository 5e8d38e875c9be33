; Registers the tracker's export (*.dndtracker) so a double-click imports it into the application.
WriteRegStr HKCR ".dndtracker" "" "DndTracker.Export"
WriteRegStr HKCR "DndTracker.Export" "" "D&D Encounter Tracker export"
WriteRegStr HKCR "DndTracker.Export\DefaultIcon" "" "$INSTDIR\bin\dnd-tracker.exe,0"
WriteRegStr HKCR "DndTracker.Export\shell\open\command" "" '"$INSTDIR\bin\dnd-tracker.exe" "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
